package dev.keel.api.pluto.intake;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Candidate intake links ({@code keel.pluto.intake.*}, docs/pluto-intake.md): their lifetime (KEEL_PLUTO_INTAKE_TTL)
 * and the app URL they point at (KEEL_PUBLIC_APP_URL).
 */
@ConfigurationProperties("keel.pluto.intake")
@Validated
public record IntakeProperties(@DefaultValue("PT48H") @DurationMin(seconds = 1) Duration ttl,
                               @DefaultValue("http://localhost:8080") String publicAppUrl) {
}
