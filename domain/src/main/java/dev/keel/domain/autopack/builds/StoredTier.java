package dev.keel.domain.autopack.builds;

/** An autopack_tiers row. */
public record StoredTier(long id, long runPk, String tierId, int tierIndex, String name, String description,
                         String state, int minorIssuesCount, int majorIssuesCount) {
}
