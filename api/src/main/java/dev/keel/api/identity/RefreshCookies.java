package dev.keel.api.identity;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The HttpOnly, SameSite=Strict {@code refresh_token} cookie scoped to /api/auth. */
@Component
public class RefreshCookies {
    public static final String NAME = "refresh_token";
    public static final String PATH = "/api/auth";

    private final IdentityProperties properties;

    public RefreshCookies(IdentityProperties properties) {
        this.properties = properties;
    }

    public ResponseEntity.BodyBuilder set(ResponseEntity.BodyBuilder response, String token) {
        return response.header(HttpHeaders.SET_COOKIE, cookie(token, properties.refreshTokenTtl()).toString());
    }

    public ResponseEntity.BodyBuilder clear(ResponseEntity.BodyBuilder response) {
        return response.header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
    }

    private ResponseCookie cookie(String value, Duration maxAge) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(properties.cookieSecure())
                .sameSite("Strict").path(PATH).maxAge(maxAge).build();
    }
}
