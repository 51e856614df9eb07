package dev.keel.temporal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The catalogue of every workflow kind Keel starts: the kind name used in the run index and the
 * {@code KeelKind} search attribute, the business-key workflow id prefix, and the task queue it runs on.
 */
public enum WorkflowKind {
    APPROVAL("approval", "approval-", TaskQueues.APPROVALS),
    GOVERNANCE("governance", "governance-", TaskQueues.APPROVALS),
    RECRUITING_JOB("recruiting-job", "recruiting-job-", TaskQueues.RECRUITING),
    RECRUITING_CANDIDATE("recruiting-candidate", "recruiting-candidate-", TaskQueues.RECRUITING),
    RECRUITING_EMBEDDING("recruiting-embedding", "recruiting-embedding-", TaskQueues.MATCHING),
    PLUTO_SCORING("pluto-scoring", "pluto-scoring-", TaskQueues.PLUTO),
    PLUTO_QUESTIONS("pluto-questions", "pluto-questions-", TaskQueues.PLUTO),
    PLUTO_PREBRIEF("pluto-prebrief", "pluto-prebrief-", TaskQueues.PLUTO),
    PLUTO_ANALYTICS("pluto-analytics", "pluto-analytics-", TaskQueues.PLUTO),
    PLUTO_INTAKE("pluto-intake", "pluto-intake-", TaskQueues.PLUTO),
    AUTOPACK_STORAGE_SCAN("autopack-storage-scan", "autopack-storage-scan-", TaskQueues.AUTOPACK_STORAGE),
    AUTOPACK_OAUTH_REFRESH("autopack-oauth-refresh", "autopack-oauth-refresh-", TaskQueues.AUTOPACK_STORAGE),
    STUDIO_BENCHMARK("studio-benchmark", "studio-benchmark-", TaskQueues.STUDIO),
    STUDIO_SCHEDULED("studio-scheduled", "studio-scheduled-", TaskQueues.STUDIO),
    AUTOPACK_BUILD_RUN("autopack-build-run", "autopack-run-", TaskQueues.AUTOPACK),
    PLATFORM_RECONCILER("platform-reconciler", "keel-reconciler", TaskQueues.PLATFORM);

    private final String kind;
    private final String idPrefix;
    private final String taskQueue;

    WorkflowKind(String kind, String idPrefix, String taskQueue) {
        this.kind = kind;
        this.idPrefix = idPrefix;
        this.taskQueue = taskQueue;
    }

    /** The name stored in {@code runs.kind} and in the {@code KeelKind} search attribute. */
    public String kind() {
        return kind;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String taskQueue() {
        return taskQueue;
    }

    public static Optional<WorkflowKind> of(String kind) {
        return Arrays.stream(values()).filter(k -> k.kind.equals(kind)).findFirst();
    }
}
