package dev.keel.api.identity;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
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

    /**
     * The cookie's value as sent, or null. Read raw rather than through {@code @CookieValue}, which URL-decodes it
     * and fails with a 500 on a malformed {@code %} escape; our tokens never contain one, so such a value is
     * simply an invalid token (401).
     */
    public static String value(HttpServletRequest request) {
        Cookie[] all = request.getCookies();
        if (all == null) {
            return null;
        }
        for (Cookie cookie : all) {
            if (NAME.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
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
