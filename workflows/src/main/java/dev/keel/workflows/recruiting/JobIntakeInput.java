package dev.keel.workflows.recruiting;

/** A job intake: the prompt or job req is the stored upload {@code uploadId}; fromFile means text must be extracted. */
public record JobIntakeInput(long orgId, Long userId, long uploadId, boolean fromFile) {
}
