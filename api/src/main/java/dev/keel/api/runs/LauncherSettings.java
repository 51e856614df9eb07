package dev.keel.api.runs;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The run launcher ({@code keel.launcher.*}): how long an unstarted run is retried before it is closed as failed
 * (KEEL_START_GIVE_UP_AFTER) and how often the outbox dispatcher looks for runs to start.
 */
@ConfigurationProperties("keel.launcher")
@Validated
public record LauncherSettings(@DefaultValue("PT15M") @DurationMin(seconds = 1) Duration giveUpAfter,
                               @DefaultValue("1s") @DurationMin(millis = 10) Duration dispatchPeriod) {
}
