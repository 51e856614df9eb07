package dev.keel.api.pluto.briefs;

import dev.keel.api.pluto.CandidateLookup;
import dev.keel.api.pluto.PlutoTexts;
import dev.keel.api.pluto.PlutoWorkflows;
import dev.keel.api.pluto.StrictText;
import static dev.keel.api.pluto.PlutoTexts.MAX_DOCUMENT_CHARS;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.briefs.InterviewBriefRepository;
import dev.keel.domain.pluto.briefs.PreInterviewBrief;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Pre-interview briefs: generated for a room from posted texts, or for a candidate (cached). */
@RestController
@Tag(name = "pluto")
public class PrebriefController {
    private final CandidateLookup candidates;
    private final InterviewBriefRepository briefs;
    private final PlutoWorkflows workflows;

    public PrebriefController(CandidateLookup candidates, InterviewBriefRepository briefs, PlutoWorkflows workflows) {
        this.candidates = candidates;
        this.briefs = briefs;
        this.workflows = workflows;
    }

    /** Each text at most 50,000 characters (413 beyond); a blank company_context is none. */
    @Schema(example = """
            {"job_description": "Full JD text...", "resume": "Candidate resume text...",
             "company_context": "Optional culture info"}""")
    public record PrebriefRequest(
            @StrictText @NotBlank(message = PlutoTexts.REQUIRED) @Size(max = MAX_DOCUMENT_CHARS) String jobDescription,
            @StrictText @NotBlank(message = PlutoTexts.REQUIRED) @Size(max = MAX_DOCUMENT_CHARS) String resume,
            @StrictText @Size(max = MAX_DOCUMENT_CHARS) String companyContext) {
        public PrebriefRequest {
            jobDescription = PlutoTexts.document("job_description", jobDescription, MAX_DOCUMENT_CHARS);
            resume = PlutoTexts.document("resume", resume, MAX_DOCUMENT_CHARS);
            companyContext = PlutoTexts.document("company_context", companyContext, MAX_DOCUMENT_CHARS);
        }
    }

    @PostMapping("/api/prebrief/{room_name}")
    @Operation(description = "Generates the room's PreInterviewBrief with the LLM, replacing an earlier one.")
    @ApiError(status = 409, description = "A pre-brief is already being generated for the room")
    @ApiError(status = 502, description = "The LLM failed after its attempts")
    @ApiError(status = 503, description = "No LLM is configured")
    public PreInterviewBrief roomPrebrief(Caller caller, @PathVariable("room_name") String roomName,
                                          @Valid @RequestBody PrebriefRequest body) {
        String room = PlutoTexts.room(roomName);
        long requestId = briefs.createPrebriefRequest(caller.orgId(), room, body.jobDescription(), body.resume(),
                body.companyContext());
        workflows.roomPrebrief(caller.orgId(), room, requestId);
        return briefs.roomPrebrief(caller.orgId(), room).orElseThrow(PrebriefController::missing);
    }

    @GetMapping("/api/pluto/candidates/{candidate_id}/prebrief")
    @Operation(description = "The candidate's cached PreInterviewBrief, generated on first use from the profile"
            + " and the run's job description (workflow pluto-prebrief-{candidate_id}).")
    @ApiError(status = 502, description = "The LLM failed after its attempts")
    @ApiError(status = 503, description = "No LLM is configured")
    public PreInterviewBrief candidatePrebrief(Caller caller, @PathVariable("candidate_id") String candidateId) {
        StoredPlutoCandidate candidate = candidates.require(caller, candidateId);
        return briefs.candidatePrebrief(caller.orgId(), candidate.id()).orElseGet(() -> {
            workflows.candidatePrebrief(caller.orgId(), candidate.id());
            return briefs.candidatePrebrief(caller.orgId(), candidate.id()).orElseThrow(PrebriefController::missing);
        });
    }

    private static ApiException missing() {
        return new ApiException(HttpStatus.BAD_GATEWAY, "Pre-brief generation finished without a brief");
    }
}
