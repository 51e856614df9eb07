package dev.keel.api.platform;

import java.util.Map;

/** The text rule for query and form parameters: PostgreSQL cannot store NUL, so no parameter may carry one. */
final class ParameterText {
    private ParameterText() {
    }

    /** The detail to answer 400 with, or null when every parameter name and value is acceptable. */
    static String problem(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> entry : parameters.entrySet()) {
            if (entry.getKey().isEmpty()) {
                return "Malformed query string or form body: empty parameter name";
            }
            if (entry.getKey().indexOf('\0') >= 0) {
                return "Parameter names must not contain NUL characters";
            }
            for (String value : entry.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    return JsonNames.snake(entry.getKey()) + ": must not contain NUL characters";
                }
            }
        }
        return null;
    }
}
