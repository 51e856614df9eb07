package dev.keel.api.identity;

/** The verified claims of an access or CLI token. */
public record TokenClaims(long userId, long orgId, String role, boolean platformAdmin, String type, String jti) {
    public static final String ACCESS = "access";
    public static final String CLI = "cli";
}
