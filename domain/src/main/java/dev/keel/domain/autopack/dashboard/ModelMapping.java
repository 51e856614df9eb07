package dev.keel.domain.autopack.dashboard;

/** Which model a role uses for a task category and complexity; {@code runId} is set for scope "run" only. */
public record ModelMapping(String role, String category, String complexity, String model, String scope,
                           String runId) {
}
