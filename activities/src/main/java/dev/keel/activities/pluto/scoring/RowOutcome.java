package dev.keel.activities.pluto.scoring;

import java.time.Duration;

/**
 * How one row's LLM step ended: DONE (written), RETRY (transient failure; the batch is retried by Temporal),
 * RATE_LIMITED (retry after retryAfter, not counted against the row), UNAVAILABLE (the provider refused us for
 * good: the rest of the run goes without the LLM, reason says why), DATABASE (the row could not be written: the
 * database is unreachable; an LLM answer is held for the next attempt, no LLM attempt is counted).
 */
record RowOutcome(Kind kind, String reason, Duration retryAfter) {
    enum Kind { DONE, RETRY, RATE_LIMITED, UNAVAILABLE, DATABASE }

    static final RowOutcome DONE = new RowOutcome(Kind.DONE, null, null);
    static final RowOutcome RETRY = new RowOutcome(Kind.RETRY, null, null);

    /** A transient failure with what went wrong, named in the batch's retry message. */
    static RowOutcome retry(String reason) {
        return new RowOutcome(Kind.RETRY, reason, null);
    }

    static RowOutcome rateLimited(Duration retryAfter) {
        return new RowOutcome(Kind.RATE_LIMITED, "429 rate limited by the LLM provider", retryAfter);
    }

    static RowOutcome database(String reason) {
        return new RowOutcome(Kind.DATABASE, reason, null);
    }

    static RowOutcome unavailable(String reason) {
        return new RowOutcome(Kind.UNAVAILABLE, reason, null);
    }
}
