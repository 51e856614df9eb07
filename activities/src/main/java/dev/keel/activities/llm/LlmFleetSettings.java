package dev.keel.activities.llm;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fleet-wide LLM budget, per (provider, model): calls in flight across every worker process
 * (KEEL_LLM_MAX_CONCURRENCY, default 16), calls started per minute (KEEL_LLM_REQUESTS_PER_MINUTE, 0 = unlimited),
 * and the lease of a slot (KEEL_LLM_SLOT_LEASE, 15 s: a dead process's slots come back after it).
 */
@Component
public record LlmFleetSettings(int maxConcurrency, int requestsPerMinute, Duration slotLease) {
    public LlmFleetSettings(@Value("${keel.llm.max-concurrency:16}") int maxConcurrency,
                            @Value("${keel.llm.requests-per-minute:0}") int requestsPerMinute,
                            @Value("${keel.llm.slot-lease:15s}") Duration slotLease) {
        this.maxConcurrency = Math.max(1, maxConcurrency);
        this.requestsPerMinute = Math.max(0, requestsPerMinute);
        this.slotLease = slotLease.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : slotLease;
    }
}
