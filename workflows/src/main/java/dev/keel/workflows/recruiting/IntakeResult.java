package dev.keel.workflows.recruiting;

/** The job or candidate an intake created, and which extractor produced it ("llm" or "heuristic"). */
public record IntakeResult(long id, String extractor) {
}
