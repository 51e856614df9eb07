package dev.keel.api.pluto;

import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Intake link settings: lifetime ({@code keel.pluto.intake-ttl}, env KEEL_PLUTO_INTAKE_TTL, default PT48H) and the
 * app URL links point at ({@code keel.pluto.public-app-url}, env KEEL_PUBLIC_APP_URL). Read per call; tests
 * shorten the lifetime with {@link #useTtl}.
 */
@Component
public class IntakeSettings {
    public static final Duration DEFAULT_TTL = Duration.ofHours(48);

    private final String publicAppUrl;
    private volatile Duration ttl;

    public IntakeSettings(Environment env) {
        this.ttl = env.getProperty("keel.pluto.intake-ttl", Duration.class, DEFAULT_TTL);
        String url = env.getProperty("keel.pluto.public-app-url", "");
        this.publicAppUrl = (url.isBlank() ? "http://localhost:8080" : url.trim()).replaceAll("/+$", "");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalStateException("keel.pluto.intake-ttl must be positive, got " + ttl);
        }
    }

    public Duration ttl() {
        return ttl;
    }

    public String publicAppUrl() {
        return publicAppUrl;
    }

    /** Replaces the lifetime of links issued from now on. */
    public void useTtl(Duration value) {
        ttl = value;
    }
}
