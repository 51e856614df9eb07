package dev.keel.api.studio.config;

import dev.keel.api.platform.ApiException;
import java.util.regex.Pattern;

/** Checks of studio request fields; each failure is a 400 {"detail"} as in the original. */
public final class StudioInput {
    public static final Pattern PROVIDER_KEY = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");
    public static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]{0,127}$");

    private StudioInput() {
    }

    public static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field + " is required");
        }
        return value.trim();
    }

    public static String providerKey(String value) {
        String key = required(value, "provider_key");
        if (!PROVIDER_KEY.matcher(key).matches()) {
            throw ApiException.badRequest("provider_key must be 1-64 letters, digits, '_' or '-'");
        }
        return key;
    }

    public static String bounded(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(field + " must be at most " + max + " characters");
        }
        return value;
    }

    public static String envName(String value, String field) {
        if (value != null && !value.isEmpty() && !ENV_NAME.matcher(value).matches()) {
            throw ApiException.badRequest(field + " must look like an environment variable name (A-Z, 0-9, _)");
        }
        return value;
    }

    public static int positive(Integer value, String field, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1 || value > 100_000_000) {
            throw ApiException.badRequest(field + " must be between 1 and 100000000");
        }
        return value;
    }
}
