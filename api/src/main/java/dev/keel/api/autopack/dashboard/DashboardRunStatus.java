package dev.keel.api.autopack.dashboard;

import dev.keel.domain.autopack.builds.StoredPhase;
import dev.keel.domain.autopack.builds.StoredRun;
import dev.keel.domain.autopack.builds.StoredTier;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's DashboardRunStatus. "Completed" is COMPLETE or SKIPPED; "current" is the first tier or phase by index
 * not completed. Token efficiency metrics are not collected by Keel: always null.
 */
record DashboardRunStatus(String runId, String state, String currentTierName, String currentPhaseName,
                          Integer currentTierIndex, Integer currentPhaseIndex, int totalTiers, int totalPhases,
                          int completedTiers, int completedPhases, double percentComplete,
                          double tiersPercentComplete, long tokensUsed, long tokenCap, double tokenUtilization,
                          int minorIssuesCount, int majorIssuesCount, String qualityLevel, boolean qualityBlocked,
                          List<String> qualityWarnings, Map<String, Object> tokenEfficiency) {

    static DashboardRunStatus of(StoredRun run, List<StoredTier> tiers, List<StoredPhase> phases) {
        Optional<StoredTier> tier = tiers.stream().filter(t -> !done(t.state())).findFirst();
        Optional<StoredPhase> phase = phases.stream().filter(p -> !done(p.state())).findFirst();
        int completedTiers = (int) tiers.stream().filter(t -> done(t.state())).count();
        int completedPhases = (int) phases.stream().filter(p -> done(p.state())).count();
        return new DashboardRunStatus(run.runId(), run.state(), tier.map(StoredTier::name).orElse(null),
                phase.map(StoredPhase::name).orElse(null), tier.map(StoredTier::tierIndex).orElse(null),
                phase.map(StoredPhase::phaseIndex).orElse(null), tiers.size(), phases.size(), completedTiers,
                completedPhases, percent(completedPhases, phases.size()), percent(completedTiers, tiers.size()),
                run.tokensUsed(), run.tokenCap(), percent(run.tokensUsed(), run.tokenCap()), run.minorIssuesCount(),
                run.majorIssuesCount(), null, false, List.of(), null);
    }

    private static boolean done(String state) {
        return state.equals("COMPLETE") || state.equals("SKIPPED");
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
