package dev.keel.domain.pluto.scoring;

import java.util.List;

/** The AI scoring of one candidate: score 0..100, a one-line summary, pros, cons, reasoning, 3 questions. */
public record AiAssessment(int score, String summary, List<String> pros, List<String> cons, String reasoning,
        List<String> interviewQuestions) {
    public AiAssessment {
        pros = List.copyOf(pros);
        cons = List.copyOf(cons);
        interviewQuestions = List.copyOf(interviewQuestions);
    }
}
