package dev.keel.api.recruiting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedding outbox dispatcher: how often it looks for intents (MATCHING_DISPATCH_INTERVAL), how many it takes
 * per look and per workflow (MATCHING_DISPATCH_BATCH_SIZE), and how long a claim holds before another replica may
 * take the intents again (MATCHING_DISPATCH_LEASE). While the API receives at least {@code busyRequestsPerSecond}
 * requests per second (MATCHING_DISPATCH_BUSY_RPS; 0 never counts as busy), it dispatches one batch per
 * {@code busyInterval} (MATCHING_DISPATCH_BUSY_INTERVAL) and catches up once the API is quiet: embeddings lag
 * under load (pending profiles match by keywords) instead of taking the cores requests need.
 */
@ConfigurationProperties("keel.matching.dispatch")
public record EmbeddingDispatchSettings(@DefaultValue("200ms") Duration interval,
                                        @DefaultValue("200") int batchSize,
                                        @DefaultValue("60s") Duration lease,
                                        @DefaultValue("20") int busyRequestsPerSecond,
                                        @DefaultValue("30s") Duration busyInterval) {
}
