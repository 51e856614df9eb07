package dev.keel.domain.studio.runs;

import dev.keel.domain.platform.RunEvents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SSE events of a benchmark run (seed 001: progress, result, skipped, cancelled, complete, error), appended to
 * the run's {@code run_events} with a dedupe key so an activity retry writes each once. Every event carries its
 * {@code type} (the original's discriminator) and the studio {@code run_id}.
 */
@Component
public class BenchmarkEvents {
    public static final String FINAL_KEY = "final";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunEvents events;

    public BenchmarkEvents(RunEvents events) {
        this.events = events;
    }

    public void append(long runIndexId, String studioRunId, String type, Map<String, Object> fields, String dedupeKey) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("run_id", studioRunId);
        data.putAll(fields);
        events.append(runIndexId, type, JSON.writeValueAsString(data), dedupeKey);
    }

    /** The final event of a run: complete (with the run id), cancelled, or error with the reason. */
    public void appendFinal(long runIndexId, String studioRunId, String status, String error) {
        switch (status) {
            case StudioRun.COMPLETED -> append(runIndexId, studioRunId, "complete", Map.of("saved_to", ""), FINAL_KEY);
            case StudioRun.CANCELLED -> append(runIndexId, studioRunId, "cancelled", Map.of(), FINAL_KEY);
            default -> append(runIndexId, studioRunId, "error",
                    Map.of("message", error == null ? "The benchmark failed" : error), FINAL_KEY);
        }
    }

    public static String key(String kind, String providerKey, String modelId, int tier, int runIndex) {
        return kind + ":" + providerKey + ":" + modelId + ":" + tier + ":" + runIndex;
    }
}
