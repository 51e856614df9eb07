package dev.keel.workflows.recruiting;

/**
 * What one batch did: {@code embedded} (new vectors stored), {@code unchanged} (content hash already embedded),
 * {@code removed} (profile gone or nothing to embed: tombstone written, it matches by keywords) and
 * {@code superseded} (content changed while embedding; its newer intent embeds it).
 */
public record ProfileEmbeddingBatchResult(int embedded, int unchanged, int removed, int superseded, String model) {
}
