package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.CandidateAnalyticsRepository;
import dev.keel.domain.pluto.InterviewBriefRepository;
import dev.keel.domain.pluto.PlutoCandidateRepository;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/pluto/candidates/{id}: the full candidate, scoped to the caller's organization, with what later steps
 * stored about it (interview questions, pre-brief, latest interview analytics; null until generated).
 */
@RestController
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

    @GetMapping("/api/pluto/candidates/{candidateId}")
    public Map<String, Object> get(Caller caller, @PathVariable String candidateId) {
        StoredPlutoCandidate c = PlutoPipelines.parse(candidateId).flatMap(id -> candidates.find(caller.orgId(), id))
                .orElseThrow(() -> ApiException.notFound("Candidate not found"));
        long org = caller.orgId();
        UUID id = c.id();
        Map<String, Object> out = PlutoCandidateViews.detail(c);
        out.put("questions", briefs.questions(org, id).orElse(null));
        out.put("prebrief", briefs.candidatePrebrief(org, id).orElse(null));
        out.put("interview_analytics", analytics.latestForCandidate(org, id).orElse(null));
        return out;
    }
}
