package dev.keel.activities.pluto.scoring;

import dev.keel.domain.pluto.scoring.AlgoScore;

/** The two LLM prompts of the scoring pipeline; both ask for one JSON object that LlmAnswers validates. */
final class ScoringPrompts {
    static final String SIGNALS_SYSTEM = """
            You extract sales-hiring signals from a candidate profile. Answer with one JSON object only:
            {"sold_to_finance": bool (sold to banks, insurers, fintech, asset managers or other financial services),
             "founder": bool (founded or co-founded a company),
             "startup": bool (worked at a startup or early-stage company),
             "acv_usd": number or null (largest average contract value / deal size stated, in US dollars),
             "enterprise": bool (sold to enterprise or strategic accounts),
             "red_flags": list of codes from ["short_tenures", "no_sales_title"]}
            Use only facts stated in the profile; when unsure answer false or null.""";

    static final String SCORE_SYSTEM = """
            You are an expert recruiter for B2B sales roles. Score how well the candidate fits the role from 0 to 100.
            Answer with one JSON object only:
            {"score": integer 0-100, "summary": one line, "pros": [short strings], "cons": [short strings],
             "reasoning": a few sentences, "interview_questions": [exactly 3 questions tailored to this candidate]}""";

    private ScoringPrompts() {
    }

    static String signalsUser(String profile) {
        return "Candidate profile:\n" + profile;
    }

    static String scoreUser(String jobDescription, String profile, AlgoScore algo) {
        String role = jobDescription == null || jobDescription.isBlank()
                ? "A quota-carrying B2B sales role (account executive)." : jobDescription.strip();
        return "Role:\n" + role + "\n\nCandidate profile:\n" + profile
                + "\n\nRule-based pre-score: " + algo.total() + "/100 (experience " + algo.experience()
                + ", finance " + algo.finance() + ", founder/startup " + algo.founderOrStartup() + ", ACV " + algo.acv()
                + ", enterprise " + algo.enterprise() + ", red flags " + algo.redFlagPenalty() + ")";
    }
}
