package dev.keel.domain.studio;

import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSONB columns of the studio tables, as plain maps and lists. */
public final class StudioJson {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StudioJson() {
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static Map<String, Object> map(String json) {
        return json == null ? new java.util.LinkedHashMap<>() : JSON.readValue(json, new TypeReference<>() { });
    }

    public static List<String> strings(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<>() { });
    }
}
