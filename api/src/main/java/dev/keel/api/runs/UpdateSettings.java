package dev.keel.api.runs;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/** How long a caller waits for a workflow update's answer ({@code keel.updates.wait}). */
@ConfigurationProperties("keel.updates")
@Validated
public record UpdateSettings(@Name("wait") @DefaultValue("PT10S") @DurationMin(millis = 1) Duration answerWait) {
}
