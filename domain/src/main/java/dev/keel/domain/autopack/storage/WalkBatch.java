package dev.keel.domain.autopack.storage;

import java.util.List;

/**
 * What a walk found since the last commit: entries counted, their bytes, the candidates among them, and the
 * position of the last entry, which becomes the scan's cursor when the batch commits.
 */
public record WalkBatch(String endCursor, long items, long bytes, List<NewCandidate> candidates) {
}
