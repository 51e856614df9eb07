package dev.keel.api.pluto.scoring;

import dev.keel.api.platform.ApiException;

/** Parsing of the few query/form parameters Pluto takes, with 422s that name the parameter. */
final class PlutoParams {
    private PlutoParams() {
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw ApiException.unprocessable(name + ": must be true or false");
        };
    }

    static int bounded(String name, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw ApiException.unprocessable(name + ": must be between " + min + " and " + max);
        }
        return value;
    }
}
