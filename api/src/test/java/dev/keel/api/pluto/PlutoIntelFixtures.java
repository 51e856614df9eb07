package dev.keel.api.pluto;

import dev.keel.domain.pluto.scoring.Employer;
import dev.keel.domain.pluto.scoring.PlutoCandidate;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Candidates staged directly (no upload pipeline) and scripted LLM answers. */
public final class PlutoIntelFixtures {
    public static final String JOB_DESCRIPTION = "Enterprise Account Executive selling payments software to banks.";

    public static final String QUESTIONS = """
            {"questions": [
              {"question": "Walk me through your largest bank deal.", "purpose": "Verify enterprise finance sales"},
              {"question": "How do you build a pipeline from zero?", "purpose": "Assess prospecting"},
              {"question": "Tell me about a deal you lost.", "purpose": "Self-awareness"},
              {"question": "How do you handle procurement?", "purpose": "Enterprise process"},
              {"question": "What was your quota attainment?", "purpose": "Track record"},
              {"question": "Why payments?", "purpose": "Motivation"}]}""";
    public static final String OTHER_QUESTIONS = QUESTIONS.replace("Walk me through", "Describe");

    public static final String PREBRIEF = """
            {"candidate_summary": "Six years of enterprise sales into banks.", "role_fit": "Strong fit.",
             "key_strengths": ["Finance buyers", "Large ACV"], "concerns": ["No payments product"],
             "focus_areas": ["Deal size"], "suggested_questions": [{"question": "Biggest deal?", "purpose": "ACV"}],
             "red_flags_to_probe": ["Short tenure at Acme"], "talking_points": ["Our bank customers"],
             "ignored_key": 5}""";

    public static final String TRANSCRIPT = """
            Interviewer: Tell me about your biggest deal.
            Candidate: I closed a $250k ACV deal with a regional bank in 2023.
            Interviewer: How did you handle objections?
            Candidate: I brought in our CFO to talk ROI with their CFO.""";

    public static final String ANALYTICS = """
            {"overall_score": 82, "recommendation": "Hire", "summary": "Credible enterprise seller.",
             "communication_score": 8, "role_fit_score": 14,
             "question_scores": [
               {"question": "Biggest deal?", "score": 12, "answer_summary": "250k bank deal",
                "quote": "I closed a $250k ACV deal with a regional bank in 2023."},
               {"question": "Objections?", "score": 7, "answer_summary": "Exec alignment",
                "quote": "I always exceed quota by 300%"}],
             "strengths": [{"point": "Executive alignment", "quote": "\\"I brought in our CFO to talk ROI\\""}],
             "risks": [{"point": "Unverified claims", "quote": "I doubled revenue every quarter"}]}""";

    private PlutoIntelFixtures() {
    }

    /** A finished run with the job description and one staged candidate; returns the candidate id. */
    public static UUID candidate(PlutoRunRepository runs, PlutoCandidateRepository candidates, long orgId) {
        UUID runId = UUID.randomUUID();
        runs.create(new PlutoRun(runId, orgId, "pluto-scoring-" + runId, "candidates.csv", JOB_DESCRIPTION, false,
                "complete", "complete", "", 1, null, null), null, "name\nJane Closer\n".getBytes(StandardCharsets.UTF_8));
        runs.updateProgress(runId, "complete", "complete", "done", true);
        candidates.stage(orgId, runId, List.of(new PlutoCandidate(1, "Jane Closer", "Account Executive", "Austin",
                "TX", 6.0, "Enterprise AE selling to banks", "Sold core banking software to regional banks.",
                List.of("Salesforce", "MEDDIC"), List.of(new Employer("Acme Bank Software", "Account Executive",
                null, null)), List.of(), List.of("UT Austin"), Map.of())));
        return candidates.rows(runId, 1, 1).get(0).id();
    }
}
