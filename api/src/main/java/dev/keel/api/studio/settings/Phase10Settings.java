package dev.keel.api.studio.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The defaults of the judge, param tuner and prompt tuner settings (the original's section 23). */
final class Phase10Settings {
    static final List<String> SECTIONS = List.of("judge", "param_tuner", "prompt_tuner");

    private Phase10Settings() {
    }

    static Map<String, Object> defaults(String section) {
        Map<String, Object> d = new LinkedHashMap<>();
        switch (section) {
            case "judge" -> {
                d.put("enabled", false);
                d.put("model_id", "");
                d.put("mode", "post_eval");
                d.put("temperature", 0.0);
                d.put("max_tokens", 4096);
                d.put("custom_instructions", "");
            }
            case "param_tuner" -> {
                d.put("max_combinations", 50);
                d.put("temp_min", 0.0);
                d.put("temp_max", 1.0);
                d.put("temp_step", 0.5);
                d.put("top_p_min", 0.5);
                d.put("top_p_max", 1.0);
                d.put("top_p_step", 0.25);
            }
            case "prompt_tuner" -> {
                d.put("mode", "quick");
                d.put("generations", 3);
                d.put("population_size", 5);
                d.put("max_api_calls", 100);
            }
            default -> throw new IllegalArgumentException(section);
        }
        return d;
    }

    /** The defaults overlaid with what is stored for the section. */
    static Map<String, Object> merged(String section, Object stored) {
        Map<String, Object> m = defaults(section);
        if (stored instanceof Map<?, ?> s) {
            s.forEach((k, v) -> m.put(k.toString(), v));
        }
        return m;
    }
}
