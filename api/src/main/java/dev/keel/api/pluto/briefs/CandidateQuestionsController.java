package dev.keel.api.pluto.briefs;

import dev.keel.api.pluto.CandidateLookup;
import dev.keel.api.pluto.PlutoWorkflows;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.briefs.InterviewBriefRepository;
import dev.keel.domain.pluto.briefs.InterviewQuestion;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Interview questions for a Pluto candidate, generated once (lazily) and then served from PostgreSQL. */
@RestController
@Tag(name = "pluto")
public class CandidateQuestionsController {
    private final CandidateLookup candidates;
    private final InterviewBriefRepository briefs;
    private final PlutoWorkflows workflows;

    public CandidateQuestionsController(CandidateLookup candidates, InterviewBriefRepository briefs,
                                        PlutoWorkflows workflows) {
        this.candidates = candidates;
        this.briefs = briefs;
        this.workflows = workflows;
    }

    public record CandidateQuestionsResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                    List<InterviewQuestion> questions) {
    }

    @GetMapping("/api/pluto/candidates/{candidate_id}/questions")
    @Operation(description = "5-8 questions {question, purpose}; the first call generates them with the LLM"
            + " (workflow pluto-questions-{candidate_id}), later calls read the stored ones.")
    @ApiError(status = 502, description = "The LLM failed after its attempts")
    @ApiError(status = 503, description = "No LLM is configured")
    public CandidateQuestionsResponse questions(Caller caller, @PathVariable("candidate_id") String candidateId) {
        StoredPlutoCandidate candidate = candidates.require(caller, candidateId);
        return new CandidateQuestionsResponse(briefs.questions(caller.orgId(), candidate.id()).orElseGet(() -> {
            workflows.questions(caller.orgId(), candidate.id());
            return briefs.questions(caller.orgId(), candidate.id()).orElseThrow(() ->
                    new ApiException(HttpStatus.BAD_GATEWAY, "Question generation finished without questions"));
        }));
    }
}
