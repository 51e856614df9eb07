package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.CandidateAnalytics;
import dev.keel.domain.pluto.CandidateAnalyticsRepository;
import dev.keel.domain.pluto.ClientAnalytics;
import dev.keel.domain.pluto.InterviewAnalytics;
import dev.keel.domain.pluto.MalformedAnswerException;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Saves an interview's analytics to a Pluto candidate (one per interview id; saving again replaces it). */
@RestController
public class CandidateAnalyticsController {
    static final int MAX_INTERVIEW_ID_CHARS = 200;

    private final CandidateLookup candidates;
    private final CandidateAnalyticsRepository repository;

    public CandidateAnalyticsController(CandidateLookup candidates, CandidateAnalyticsRepository repository) {
        this.candidates = candidates;
        this.repository = repository;
    }

    @PostMapping("/api/pluto/candidates/{candidateId}/analytics")
    @Operation(description = "interview_id (non-blank string, at most 200 characters) and analytics (an"
            + " InterviewAnalytics object: overall_score integer 0-100, recommendation from the allowed set, ...).")
    public CandidateAnalytics save(Caller caller, @PathVariable String candidateId, @RequestBody JsonNode body) {
        StoredPlutoCandidate candidate = candidates.require(caller, candidateId);
        PlutoBody b = new PlutoBody(body);
        String interviewId = b.required("interview_id", MAX_INTERVIEW_ID_CHARS).strip();
        JsonNode node = b.node("analytics");
        if (node == null) {
            throw ApiException.unprocessable("analytics: field required");
        }
        InterviewAnalytics analytics;
        try {
            analytics = ClientAnalytics.read(node, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (MalformedAnswerException e) {
            throw ApiException.unprocessable(e.getMessage());
        }
        return repository.save(caller.orgId(), candidate.id(), interviewId, analytics);
    }
}
