package dev.keel.domain.autopack.builds;

import java.math.BigDecimal;
import java.util.List;

/** A run as /runs/start stores it: caps already defaulted, tiers and phases in request order. */
public record NewBuildRun(String runId, String workflowId, String safetyProfile, String runScope, long tokenCap,
                          int maxPhases, BigDecimal maxDurationMinutes, List<NewTier> tiers, List<NewPhase> phases) {

    public record NewTier(String tierId, int tierIndex, String name, String description) {
    }

    public record NewPhase(String phaseId, int phaseIndex, String tierId, String name, String description,
                           String taskCategory, String complexity, String builderMode, String scopeJson) {
    }
}
