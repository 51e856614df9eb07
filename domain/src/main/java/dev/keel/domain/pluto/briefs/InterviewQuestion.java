package dev.keel.domain.pluto.briefs;

/** One suggested interview question and what it is meant to find out. */
public record InterviewQuestion(String question, String purpose) {
}
