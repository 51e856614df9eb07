package dev.keel.api.autopack.builds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A phase scope as the seed stores it: read_only_context entries become {path, reason}; others are dropped. */
final class Scopes {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Scopes() {
    }

    static String normalizedJson(Map<String, Object> scope) {
        if (scope == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>(scope);
        if (copy.get("read_only_context") instanceof List<?> entries) {
            List<Map<String, Object>> normalized = new ArrayList<>();
            for (Object entry : entries) {
                if (entry instanceof String path) {
                    normalized.add(Map.of("path", path, "reason", ""));
                } else if (entry instanceof Map<?, ?> m && m.get("path") instanceof String path) {
                    Object reason = m.get("reason");
                    normalized.add(Map.of("path", path, "reason", reason instanceof String r ? r : ""));
                }
            }
            copy.put("read_only_context", normalized);
        }
        return JSON.writeValueAsString(copy);
    }
}
