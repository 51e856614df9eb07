package dev.keel.platform.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The connection pool as {@code /health} shows it; {@code waitedRecently} is true while callers wait for a
 * connection, and for a minute after.
 */
public record PoolPressure(int max, int active, int idle, int waiting, boolean waitedRecently) {

    public String status() {
        return waitedRecently ? "waiting" : "ok";
    }

    public String warning() {
        return "The database pool (" + max + " connections, KEEL_DB_POOL_SIZE) made callers wait for a connection"
                + " in the last minute: raise KEEL_DB_POOL_SIZE within the server's budget (README \"Connection budget\")";
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("status", status());
        map.put("max", max);
        map.put("active", active);
        map.put("idle", idle);
        map.put("waiting", waiting);
        return map;
    }
}
