package dev.keel.workflows.autopack.builds;

/** The mutable state of one phase inside {@link BuildRunWorkflowImpl} (workflow thread only). */
final class PhaseSlot {
    final BuildPlan.PlannedPhase plan;
    PhaseState state = PhaseState.QUEUED;
    boolean started;
    int builderAttempts;
    int auditorAttempts;
    long builderTokens;
    long auditorTokens;
    int minor;
    int major;
    String qualityLevel;
    boolean qualityBlocked;
    Long approvalId;
    /** null: no approval needed; "pending", "approved" or "rejected". */
    String approval;

    PhaseSlot(BuildPlan.PlannedPhase plan) {
        this.plan = plan;
    }

    long tokens() {
        return builderTokens + auditorTokens;
    }

    String issueState() {
        return major > 0 ? "has_major_issues" : minor > 0 ? "has_minor_issues" : "no_issues";
    }

    PhaseSnapshot snapshot() {
        return new PhaseSnapshot(plan.phaseId(), state, builderAttempts, auditorAttempts, builderTokens,
                auditorTokens, minor, major, qualityLevel, qualityBlocked, approvalId);
    }
}
