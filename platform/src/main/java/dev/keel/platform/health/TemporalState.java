package dev.keel.platform.health;

import java.util.List;
import java.util.Map;

/**
 * What Temporal answered within the health budget: reachable or not, which of Keel's search attributes the
 * namespace lacks (null when it could not be listed), and the pollers of every catalogue task queue.
 */
public record TemporalState(boolean reachable, List<String> missingSearchAttributes, Map<String, QueuePollers> taskQueues) {

    public static TemporalState unreachable() {
        return new TemporalState(false, null, Map.of());
    }

    public boolean searchAttributesMissing() {
        return missingSearchAttributes != null && !missingSearchAttributes.isEmpty();
    }

    public List<String> queuesWithoutPollers() {
        return taskQueues.entrySet().stream().filter(e -> e.getValue().degraded()).map(Map.Entry::getKey).sorted().toList();
    }
}
