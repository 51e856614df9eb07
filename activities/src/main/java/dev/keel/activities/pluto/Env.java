package dev.keel.activities.pluto;

import org.springframework.core.env.Environment;

/** Reads one environment setting: trimmed, blank = unset. */
final class Env {
    private Env() {
    }

    static String text(Environment env, String name) {
        String value = env.getProperty(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
