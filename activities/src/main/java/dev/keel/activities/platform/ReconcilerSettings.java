package dev.keel.activities.platform;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** How often the Temporal Schedule starts a reconciler pass ({@code keel.reconciler.interval}, KEEL_RECONCILE_INTERVAL). */
@ConfigurationProperties("keel.reconciler")
@Validated
public record ReconcilerSettings(@DefaultValue("PT1M") @DurationMin(seconds = 1) Duration interval) {
}
