package dev.keel.integrations.http;

/** A text setting: trimmed, blank = unset. */
public final class Text {
    private Text() {
    }

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
