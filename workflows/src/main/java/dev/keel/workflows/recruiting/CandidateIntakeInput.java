package dev.keel.workflows.recruiting;

/** A candidate intake from the resume stored as upload {@code uploadId}. */
public record CandidateIntakeInput(long orgId, long uploadId) {
}
