package dev.keel.api.identity;

/** A presented token is unusable; the message is the 401 detail. */
public class InvalidTokenException extends RuntimeException {
    public InvalidTokenException(String detail) {
        super(detail, null, false, false);
    }
}
