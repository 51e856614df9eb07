package dev.keel.api.pluto.intake;

import java.time.Duration;
import org.springframework.stereotype.Component;

/** The intake link settings in effect ({@link IntakeProperties}): lifetime and the app URL without trailing slash. */
@Component
public class IntakeSettings {
    private final Duration ttl;
    private final String publicAppUrl;

    public IntakeSettings(IntakeProperties properties) {
        this.ttl = properties.ttl();
        this.publicAppUrl = properties.publicAppUrl().trim().replaceAll("/+$", "");
    }

    public Duration ttl() {
        return ttl;
    }

    public String publicAppUrl() {
        return publicAppUrl;
    }
}
