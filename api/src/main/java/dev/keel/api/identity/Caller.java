package dev.keel.api.identity;

/**
 * Who is calling, established by the authentication filter from a Bearer token or an X-API-Key.
 * Declare a {@code Caller} parameter on a controller method to require authentication; every query
 * is scoped by {@link #orgId()}, never by an org id taken from the request.
 */
public record Caller(long orgId, Long userId, String role, boolean platformAdmin, Source source) {
    public static final String ATTRIBUTE = Caller.class.getName();

    public enum Source { BEARER, CLI_TOKEN, API_KEY }

    public boolean isApiKey() {
        return source == Source.API_KEY;
    }
}
