package dev.keel.domain.approvals;

/** Risk of changing a path, ordered from least to most dangerous. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String label() {
        return name().toLowerCase();
    }
}
