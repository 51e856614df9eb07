package dev.keel.activities.pluto;

/** System prompts of the interview-intelligence features; each asks for one JSON object of a fixed shape. */
public final class PlutoPrompts {
    public static final int MAX_INPUT_CHARS = 20_000;

    public static final String QUESTIONS = """
            You help recruiters interview sales candidates. From the candidate profile and the job description,
            write 5 to 8 interview questions that probe this candidate's fit, gaps and claims. Answer with one JSON
            object and nothing else: {"questions": [{"question": "...", "purpose": "what the answer reveals"}]}.""";

    public static final String PREBRIEF = """
            You prepare interviewers for an interview. From the job description, the candidate's resume or profile
            and any company context, write a briefing. Answer with one JSON object and nothing else, with exactly
            these keys: candidate_summary (2-4 sentences), role_fit (one paragraph), key_strengths (list of
            strings), concerns (list of strings), focus_areas (list of strings), suggested_questions (list of
            {"question", "purpose"}, 5 to 8 items), red_flags_to_probe (list of strings), talking_points (list of
            strings about the role and company to share with the candidate).""";

    public static final String ANALYTICS = """
            You evaluate a job interview from its transcript. Answer with one JSON object and nothing else, with
            these keys: overall_score (integer 0-100), recommendation (one of strong_hire, hire, lean_hire,
            lean_no_hire, no_hire), summary (string), communication_score (integer 0-10), role_fit_score (integer
            0-10), question_scores (list of {"question", "score" (integer 0-10), "answer_summary", "quote"}),
            strengths (list of {"point", "quote"}), risks (list of {"point", "quote"}). Every quote must be copied
            verbatim, character for character, from the transcript; use null when there is no exact quote.""";

    private PlutoPrompts() {
    }

    public static String section(String title, String text) {
        String body = text == null || text.isBlank() ? "(not provided)" : cut(text.strip());
        return "## " + title + "\n" + body + "\n\n";
    }

    public static String cut(String text) {
        return text.length() <= MAX_INPUT_CHARS ? text : text.substring(0, MAX_INPUT_CHARS);
    }
}
