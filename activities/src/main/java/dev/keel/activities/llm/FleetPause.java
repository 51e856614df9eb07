package dev.keel.activities.llm;

import dev.keel.domain.llm.LlmBudgetKey;
import dev.keel.domain.llm.LlmBudgets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * What this process knows of the fleet's 429 pause: learnt from its own slot attempts and 429s, and read from the
 * database at most every 250 ms while slots are handed over inside the process (they skip the slot statement).
 */
final class FleetPause {
    private static final long READ_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final LlmBudgets budgets;
    private volatile long readAt = System.nanoTime() - READ_EVERY_NANOS;
    private volatile Instant known;

    FleetPause(LlmBudgets budgets) {
        this.budgets = budgets;
    }

    /** The pause's end when one holds now, else null. */
    Instant until(LlmBudgetKey key, boolean handingOver) {
        long now = System.nanoTime();
        if (handingOver && now - readAt > READ_EVERY_NANOS) {
            readAt = now;
            known = budgets.pausedUntil(key);
        }
        Instant until = known;
        return until != null && until.isAfter(Instant.now()) ? until : null;
    }

    void remember(Instant until) {
        known = until;
    }
}
