package dev.keel.api.identity;

/**
 * Who is calling, established by the authentication filter from a Bearer token or an X-API-Key.
 * Declare a {@code Caller} parameter on a controller method to receive it; every query is scoped by
 * {@link #orgId()}, never by an org id taken from the request. {@code apiKeyId} is set for API-key callers only.
 */
public record Caller(long orgId, Long userId, String role, boolean platformAdmin, Source source, Long apiKeyId) {
    public static final String ATTRIBUTE = Caller.class.getName();

    public enum Source { BEARER, CLI_TOKEN, API_KEY }

    public Caller(long orgId, Long userId, String role, boolean platformAdmin, Source source) {
        this(orgId, userId, role, platformAdmin, source, null);
    }

    public boolean isApiKey() {
        return source == Source.API_KEY;
    }
}
