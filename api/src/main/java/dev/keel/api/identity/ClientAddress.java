package dev.keel.api.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/** The client identity used by the login limiter: the socket address unless forwarded headers are trusted. */
@Component
public class ClientAddress {
    private final boolean trustForwardedFor;

    public ClientAddress(IdentityProperties properties) {
        this.trustForwardedFor = properties.trustForwardedFor();
    }

    public String of(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return request.getRemoteAddr();
    }
}
