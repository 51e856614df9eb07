package dev.keel.domain.studio.runs;

/**
 * The original's error prefixes on a failed run's message: {@code [rate_limited]}, {@code [auth_failed]},
 * {@code [timeout]}; other failures carry the message alone. The kind is the gateway's classification name.
 */
public final class ErrorTags {
    private ErrorTags() {
    }

    public static String tag(String kind, String message) {
        String text = message == null || message.isBlank() ? "call failed" : message;
        String prefix = switch (kind == null ? "" : kind) {
            case "RATE_LIMITED" -> "[rate_limited] ";
            case "AUTH" -> "[auth_failed] ";
            case "TIMEOUT" -> "[timeout] ";
            default -> "";
        };
        return prefix + text;
    }
}
