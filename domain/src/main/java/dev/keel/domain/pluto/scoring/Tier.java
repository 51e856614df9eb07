package dev.keel.domain.pluto.scoring;

/** Tiers of final_score: >= 80 Top Tier, >= 65 Strong, >= 50 Good, >= 35 Evaluate, else Poor. */
public enum Tier {
    TOP_TIER("Top Tier", 80), STRONG("Strong", 65), GOOD("Good", 50), EVALUATE("Evaluate", 35), POOR("Poor", 0);

    private final String label;
    private final int minimum;

    Tier(String label, int minimum) {
        this.label = label;
        this.minimum = minimum;
    }

    public String label() {
        return label;
    }

    public static Tier of(int finalScore) {
        for (Tier tier : values()) {
            if (finalScore >= tier.minimum) {
                return tier;
            }
        }
        return POOR;
    }
}
