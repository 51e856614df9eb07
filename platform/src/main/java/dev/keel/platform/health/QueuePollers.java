package dev.keel.platform.health;

import java.util.LinkedHashMap;
import java.util.Map;

/** Workers seen polling one task queue lately; a queue no worker polls for workflows or activities is degraded. */
public record QueuePollers(int workflowPollers, int activityPollers, boolean known) {

    public static QueuePollers unknown() {
        return new QueuePollers(0, 0, false);
    }

    public boolean degraded() {
        return known && (workflowPollers == 0 || activityPollers == 0);
    }

    public String status() {
        return !known ? "unknown" : degraded() ? "degraded" : "ok";
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status());
        map.put("workflow_pollers", known ? workflowPollers : null);
        map.put("activity_pollers", known ? activityPollers : null);
        return map;
    }
}
