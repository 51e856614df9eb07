package dev.keel.workflows.recruiting;

import java.util.List;

/** Profiles of one organization whose embeddings should follow their current content; ids only, never text. */
public record ProfileEmbeddingBatchInput(long orgId, List<ProfileRef> profiles) {
}
