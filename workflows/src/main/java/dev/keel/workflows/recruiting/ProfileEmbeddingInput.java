package dev.keel.workflows.recruiting;

/** Which profile to embed: {@code kind} is "job" or "candidate"; the activity reads its current content itself. */
public record ProfileEmbeddingInput(long orgId, String kind, long profileId) {
}
