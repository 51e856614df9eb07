package dev.keel.api.pluto.scoring;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.pluto.scoring.PlutoCandidateViews.PlutoCandidateDetail;
import dev.keel.domain.pluto.interviews.CandidateAnalyticsRepository;
import dev.keel.domain.pluto.briefs.InterviewBriefRepository;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/pluto/candidates/{candidate_id}: the full candidate, scoped to the caller's organization, with what
 * later steps stored about it (interview questions, pre-brief, latest interview analytics; null until generated).
 */
@RestController
@Tag(name = "pluto")
public class PlutoCandidateController {
    private final PlutoCandidateRepository candidates;
    private final InterviewBriefRepository briefs;
    private final CandidateAnalyticsRepository analytics;

    public PlutoCandidateController(PlutoCandidateRepository candidates, InterviewBriefRepository briefs,
                                    CandidateAnalyticsRepository analytics) {
        this.candidates = candidates;
        this.briefs = briefs;
        this.analytics = analytics;
    }

    @GetMapping("/api/pluto/candidates/{candidate_id}")
    @Operation(description = "The full candidate: the ranked summary's fields (without rank), the profile, the algo"
            + " breakdown, and the stored questions, pre-brief and latest interview analytics.")
    public PlutoCandidateDetail get(Caller caller, @PathVariable("candidate_id") String candidateId) {
        StoredPlutoCandidate c = PlutoPipelines.parse(candidateId).flatMap(id -> candidates.find(caller.orgId(), id))
                .orElseThrow(() -> ApiException.notFound("Candidate not found"));
        long org = caller.orgId();
        UUID id = c.id();
        return PlutoCandidateViews.detail(c, briefs.questions(org, id).orElse(null),
                briefs.candidatePrebrief(org, id).orElse(null), analytics.latestForCandidate(org, id).orElse(null));
    }
}
