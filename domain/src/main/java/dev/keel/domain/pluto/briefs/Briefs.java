package dev.keel.domain.pluto.briefs;

import dev.keel.domain.pluto.MalformedAnswerException;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Validates and normalises the LLM's question lists and pre-briefs. */
public final class Briefs {
    public static final int MIN_QUESTIONS = 5;
    public static final int MAX_QUESTIONS = 8;
    static final int MAX_ITEMS = 10;

    private Briefs() {
    }

    /** 5 to 8 questions from {"questions": [{question, purpose}]}; more are cut to 8, fewer than 5 is malformed. */
    public static List<InterviewQuestion> questions(JsonNode answer) {
        List<InterviewQuestion> questions = BriefJson.questions(answer, "questions", MAX_QUESTIONS);
        if (questions.size() < MIN_QUESTIONS) {
            throw new MalformedAnswerException("expected " + MIN_QUESTIONS + "-" + MAX_QUESTIONS
                    + " questions with a 'question' text, got " + questions.size());
        }
        return questions;
    }

    /** A pre-brief; candidate_summary is required, everything else defaults to empty. */
    public static PreInterviewBrief prebrief(JsonNode answer, String generatedAt) {
        String summary = BriefJson.text(answer, "candidate_summary");
        if (summary == null) {
            throw new MalformedAnswerException("candidate_summary is missing");
        }
        String roleFit = BriefJson.text(answer, "role_fit");
        return new PreInterviewBrief(summary, roleFit != null ? roleFit : "",
                BriefJson.strings(answer, "key_strengths", MAX_ITEMS), BriefJson.strings(answer, "concerns", MAX_ITEMS),
                BriefJson.strings(answer, "focus_areas", MAX_ITEMS),
                BriefJson.questions(answer, "suggested_questions", MAX_QUESTIONS),
                BriefJson.strings(answer, "red_flags_to_probe", MAX_ITEMS),
                BriefJson.strings(answer, "talking_points", MAX_ITEMS), generatedAt);
    }
}
