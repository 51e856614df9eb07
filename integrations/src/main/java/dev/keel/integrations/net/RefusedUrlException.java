package dev.keel.integrations.net;

/** A URL {@link OutboundUrlGuard} will not let Keel call; the message is safe to show the caller. */
public class RefusedUrlException extends RuntimeException {
    public RefusedUrlException(String message) {
        super(message, null, false, false);
    }
}
