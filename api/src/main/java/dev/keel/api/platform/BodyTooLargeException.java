package dev.keel.api.platform;

import java.io.IOException;

/** Thrown by a request body stream once more bytes were read than the limit allows; the API answers 413. */
public class BodyTooLargeException extends IOException {
    private final long limit;

    public BodyTooLargeException(long limit) {
        super("Request body too large (limit " + limit + " bytes)");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    /** The limit exceeded somewhere in the cause chain of {@code error}, if any. */
    public static BodyTooLargeException in(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }
}
