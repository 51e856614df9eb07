package dev.keel.activities.llm;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The fleet-wide LLM budget, per (provider, model): calls in flight across every worker process
 * (KEEL_LLM_MAX_CONCURRENCY), calls started per minute (KEEL_LLM_REQUESTS_PER_MINUTE, 0 = unlimited), and the
 * lease of a slot (KEEL_LLM_SLOT_LEASE: a dead process's slots come back after it; at least 1 s).
 */
@Validated
@ConfigurationProperties("keel.llm-fleet")
public record LlmFleetSettings(@DefaultValue("16") @Positive Integer maxConcurrency,
                               @DefaultValue("0") @PositiveOrZero Integer requestsPerMinute,
                               @DefaultValue("15s") @DurationMin(seconds = 1) Duration slotLease) {
}
