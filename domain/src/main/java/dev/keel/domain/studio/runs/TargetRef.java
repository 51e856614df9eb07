package dev.keel.domain.studio.runs;

/** A model of the user's config, as a benchmark request names it. */
public record TargetRef(String providerKey, String modelId) {
}
