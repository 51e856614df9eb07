package dev.keel.workflows.autopack.storage;

/** A storage scan by id (its row holds the target, limits and walk position); never the scanned data. */
public record ScanRef(long orgId, long scanId) {
}
