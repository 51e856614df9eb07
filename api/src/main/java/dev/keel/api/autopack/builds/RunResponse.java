package dev.keel.api.autopack.builds;

import dev.keel.domain.autopack.builds.StoredPhase;
import dev.keel.domain.autopack.builds.StoredRun;
import dev.keel.domain.autopack.builds.StoredTier;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed's RunResponse: the run, its tiers with their phases, and the flat phase list the executor reads.
 * A phase's {@code tier_id} is the tier's numeric key (as the seed).
 */
record RunResponse(
        String id,
        @Schema(allowableValues = {"QUEUED", "PLAN_BOOTSTRAP", "RUN_CREATED", "PHASE_QUEUEING", "PHASE_EXECUTION",
                "GATE", "CI_RUNNING", "SNAPSHOT_CREATED", "DONE_SUCCESS", "DONE_FAILED_BUDGET_EXHAUSTED",
                "DONE_FAILED_POLICY_VIOLATION", "DONE_FAILED_REQUIRES_HUMAN_REVIEW", "DONE_FAILED_ENVIRONMENT"})
        String state,
        String safetyProfile,
        String runScope,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        long tokensUsed,
        long tokenCap,
        int ciRunsUsed,
        int minorIssuesCount,
        int majorIssuesCount,
        @Schema(allowableValues = {"false", "true"}) String promotionEligibleToMain,
        String debtStatus,
        String failureReason,
        List<TierView> tiers,
        List<PhaseView> phases) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record TierView(long id, String tierId, String name, String state, int tierIndex, String cleanliness,
                    int minorIssuesCount, int majorIssuesCount, List<PhaseView> phases) {
    }

    record PhaseView(long id, String phaseId, String runId, long tierId, String name, String description,
                     @Schema(allowableValues = {"QUEUED", "EXECUTING", "GATE", "CI_RUNNING", "COMPLETE", "FAILED",
                             "SKIPPED"}) String state,
                     String taskCategory, String complexity, String builderMode, int phaseIndex,
                     Map<String, Object> scope, Map<String, Object> intentionRefs, int builderAttempts,
                     long tokensUsed, int minorIssuesCount, int majorIssuesCount, Long approvalId) {
    }

    static RunResponse of(StoredRun run, List<StoredTier> tiers, List<StoredPhase> phases) {
        List<PhaseView> flat = phases.stream().map(p -> phase(run, p)).toList();
        List<TierView> tierViews = tiers.stream().map(t -> new TierView(t.id(), t.tierId(), t.name(), t.state(),
                t.tierIndex(), "clean", t.minorIssuesCount(), t.majorIssuesCount(),
                flat.stream().filter(p -> p.tierId() == t.id()).toList())).toList();
        return new RunResponse(run.runId(), run.state(), run.safetyProfile(), run.runScope(), run.createdAt(),
                run.startedAt(), run.completedAt(), run.tokensUsed(), run.tokenCap(), run.ciRunsUsed(),
                run.minorIssuesCount(), run.majorIssuesCount(),
                Boolean.toString("DONE_SUCCESS".equals(run.state()) && run.majorIssuesCount() == 0), null,
                run.failureReason(), tierViews, flat);
    }

    @SuppressWarnings("unchecked")
    private static PhaseView phase(StoredRun run, StoredPhase p) {
        Map<String, Object> scope = p.scopeJson() == null ? null : JSON.readValue(p.scopeJson(), Map.class);
        return new PhaseView(p.id(), p.phaseId(), run.runId(), p.tierPk(), p.name(), p.description(), p.state(),
                p.taskCategory(), p.complexity(), p.builderMode(), p.phaseIndex(), scope, null, p.builderAttempts(),
                p.tokensUsed(), p.minorIssuesCount(), p.majorIssuesCount(), p.approvalId());
    }
}
