package dev.keel.workflows.recruiting;

/**
 * What the embedding activity did: {@code embedded} (new vector stored), {@code unchanged} (content hash
 * already embedded with this model), {@code removed} (profile gone, tombstone written) or {@code superseded}
 * (content changed while embedding; a newer run embeds it).
 */
public record ProfileEmbeddingResult(String outcome, String model) {
    public static final String EMBEDDED = "embedded";
    public static final String UNCHANGED = "unchanged";
    public static final String REMOVED = "removed";
    public static final String SUPERSEDED = "superseded";
}
