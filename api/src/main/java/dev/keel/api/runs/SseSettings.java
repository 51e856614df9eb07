package dev.keel.api.runs;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** Run event streams ({@code keel.sse.*}): how often a stream polls {@code run_events}, and the heartbeat (15 s). */
@ConfigurationProperties("keel.sse")
@Validated
public record SseSettings(@DefaultValue("250") @Positive Long pollMillis,
                          @DefaultValue("15") @Positive Long heartbeatSeconds) {
}
