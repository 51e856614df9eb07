package dev.keel.activities.pluto;

/** A text setting: trimmed, blank = unset. */
final class Text {
    private Text() {
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
