package dev.keel.api.recruiting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedding outbox dispatcher: how often it looks for intents (MATCHING_DISPATCH_INTERVAL), how many it takes
 * per look and per workflow (MATCHING_DISPATCH_BATCH_SIZE), and how long a claim holds before another replica may
 * take the intents again (MATCHING_DISPATCH_LEASE).
 */
@ConfigurationProperties("keel.matching.dispatch")
public record EmbeddingDispatchSettings(@DefaultValue("200ms") Duration interval,
                                        @DefaultValue("200") int batchSize,
                                        @DefaultValue("60s") Duration lease) {
}
