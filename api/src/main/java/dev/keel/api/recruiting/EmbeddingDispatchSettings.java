package dev.keel.api.recruiting;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedding outbox dispatcher: how often it looks for intents (MATCHING_DISPATCH_INTERVAL), how many it takes
 * per look and per workflow (MATCHING_DISPATCH_BATCH_SIZE), and how long a claim holds before another replica may
 * take the intents again (MATCHING_DISPATCH_LEASE). While the API receives at least {@code busyRequestsPerSecond}
 * requests per second (MATCHING_DISPATCH_BUSY_RPS; 0 never counts as busy), it dispatches one batch per
 * {@code busyInterval} (MATCHING_DISPATCH_BUSY_INTERVAL) and catches up once the API is quiet: embeddings lag
 * under load (pending profiles match by keywords) instead of taking the cores requests need.
 */
@ConfigurationProperties("keel.matching.dispatch")
@Validated
public record EmbeddingDispatchSettings(@DefaultValue("200ms") @DurationMin(millis = 1) Duration interval,
                                        @DefaultValue("200") @Positive Integer batchSize,
                                        @DefaultValue("60s") @DurationMin(seconds = 1) Duration lease,
                                        @DefaultValue("20") @PositiveOrZero Integer busyRequestsPerSecond,
                                        @DefaultValue("30s") @DurationMin(millis = 1) Duration busyInterval) {
}
