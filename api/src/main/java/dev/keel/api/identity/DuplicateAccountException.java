package dev.keel.api.identity;

/** The email or username is taken; each route maps it to its own status (400 on /api/v1, 409 on /api/auth). */
public class DuplicateAccountException extends RuntimeException {
    public DuplicateAccountException(String detail) {
        super(detail, null, false, false);
    }
}
