package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.InterviewBriefRepository;
import dev.keel.domain.pluto.PreInterviewBrief;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Pre-interview briefs: generated for a room from posted texts, or for a candidate (cached). */
@RestController
public class PrebriefController {
    private final CandidateLookup candidates;
    private final InterviewBriefRepository briefs;
    private final PlutoWorkflows workflows;

    public PrebriefController(CandidateLookup candidates, InterviewBriefRepository briefs, PlutoWorkflows workflows) {
        this.candidates = candidates;
        this.briefs = briefs;
        this.workflows = workflows;
    }

    @PostMapping("/api/prebrief/{roomName}")
    @Operation(description = "job_description and resume required (at most 50,000 characters each),"
            + " company_context optional. Generates the room's PreInterviewBrief, replacing an earlier one.")
    public PreInterviewBrief roomPrebrief(Caller caller, @PathVariable String roomName, @RequestBody JsonNode body) {
        String room = PlutoBody.room(roomName);
        PlutoBody b = new PlutoBody(body);
        String jobDescription = b.required("job_description", PlutoBody.MAX_DOCUMENT_CHARS);
        String resume = b.required("resume", PlutoBody.MAX_DOCUMENT_CHARS);
        String companyContext = b.optional("company_context", PlutoBody.MAX_DOCUMENT_CHARS);
        long requestId = briefs.createPrebriefRequest(caller.orgId(), room, jobDescription, resume, companyContext);
        workflows.roomPrebrief(caller.orgId(), room, requestId);
        return briefs.roomPrebrief(caller.orgId(), room).orElseThrow(PrebriefController::missing);
    }

    @GetMapping("/api/pluto/candidates/{candidateId}/prebrief")
    @Operation(description = "The candidate's cached PreInterviewBrief, generated on first use from the profile"
            + " and the run's job description (workflow pluto-prebrief-{candidateId}).")
    public PreInterviewBrief candidatePrebrief(Caller caller, @PathVariable String candidateId) {
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
