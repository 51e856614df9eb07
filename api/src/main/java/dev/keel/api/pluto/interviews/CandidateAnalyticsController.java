package dev.keel.api.pluto.interviews;

import dev.keel.api.pluto.CandidateLookup;
import dev.keel.api.pluto.PlutoTexts;
import dev.keel.api.pluto.StrictText;
import com.fasterxml.jackson.annotation.JsonCreator;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.interviews.CandidateAnalytics;
import dev.keel.domain.pluto.interviews.CandidateAnalyticsRepository;
import dev.keel.domain.pluto.interviews.ClientAnalytics;
import dev.keel.domain.pluto.interviews.InterviewAnalytics;
import dev.keel.domain.pluto.MalformedAnswerException;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Saves an interview's analytics to a Pluto candidate (one per interview id; saving again replaces it). */
@RestController
@Tag(name = "pluto")
public class CandidateAnalyticsController {
    static final int MAX_INTERVIEW_ID_CHARS = 200;

    private final CandidateLookup candidates;
    private final CandidateAnalyticsRepository repository;

    public CandidateAnalyticsController(CandidateLookup candidates, CandidateAnalyticsRepository repository) {
        this.candidates = candidates;
        this.repository = repository;
    }

    /**
     * analytics is read by ClientAnalytics, strictly (no coercion of "80" to 80), so it arrives as JSON and its
     * errors name the field ("analytics.overall_score: ..."); it is documented as the InterviewAnalytics it must be.
     */
    @Schema(example = """
            {"interview_id": "interview-abc123", "analytics": {"overall_score": 74, "recommendation": "lean_hire",
             "summary": "Solid discovery, weak on pricing.", "question_scores": [{"question": "Q1", "score": 7}]}}""")
    public record CandidateAnalyticsRequest(
            @StrictText @NotBlank(message = PlutoTexts.REQUIRED) @Size(max = MAX_INTERVIEW_ID_CHARS) String interviewId,
            @NotNull(message = "field required") @Schema(implementation = InterviewAnalytics.class,
                    description = "overall_score 0-100 and recommendation are required; generated_at and"
                            + " unverified_quotes_dropped are set by Keel") AnalyticsJson analytics) {
        public CandidateAnalyticsRequest {
            interviewId = PlutoTexts.document("interview_id", interviewId, MAX_INTERVIEW_ID_CHARS);
            interviewId = interviewId == null ? null : interviewId.strip();
        }
    }

    /** The analytics object exactly as sent (any JSON value; ClientAnalytics says what is wrong with it). */
    public record AnalyticsJson(JsonNode json) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public AnalyticsJson {
        }
    }

    @PostMapping("/api/pluto/candidates/{candidate_id}/analytics")
    @Operation(description = "Saves the analytics of one interview to the candidate; saving the same interview_id"
            + " again replaces them.")
    public CandidateAnalytics save(Caller caller, @PathVariable("candidate_id") String candidateId,
                                   @Valid @RequestBody CandidateAnalyticsRequest body) {
        StoredPlutoCandidate candidate = candidates.require(caller, candidateId);
        InterviewAnalytics analytics;
        try {
            analytics = ClientAnalytics.read(body.analytics().json(),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (MalformedAnswerException e) {
            throw ApiException.unprocessable(e.getMessage());
        }
        return repository.save(caller.orgId(), candidate.id(), body.interviewId(), analytics);
    }
}
