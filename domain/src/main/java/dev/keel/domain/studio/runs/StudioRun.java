package dev.keel.domain.studio.runs;

import java.time.Instant;
import java.util.List;

/** A benchmark run as requested and how it ended. JSON columns are kept as JSON text. */
public record StudioRun(String id, long orgId, long userId, String workflowId, String status, String prompt,
                        int maxTokens, double temperature, int runs, List<Integer> contextTiers, boolean warmup,
                        int timeoutSeconds, String providerParamsJson, List<TargetRef> targets, String metadataJson,
                        Integer total, String error, Instant createdAt, Instant finishedAt) {
    public static final String RUNNING = "running";
    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final String FAILED = "failed";

    /** The request part of a new run. */
    public record Request(String prompt, int maxTokens, double temperature, int runs, List<Integer> contextTiers,
                          boolean warmup, int timeoutSeconds, String providerParamsJson, List<TargetRef> targets,
                          String metadataJson) {
    }
}
