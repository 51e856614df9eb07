package dev.keel.api.identity;

/** The verified claims of an access, /api/v1 access or CLI token. */
public record TokenClaims(long userId, long orgId, String role, boolean platformAdmin, String type, String jti) {
    public static final String ACCESS = "access";
    public static final String CLI = "cli";
    /** An /api/v1 access token: longer lived, listed in v1_access_tokens so logout can revoke it. */
    public static final String V1 = "v1_access";
}
