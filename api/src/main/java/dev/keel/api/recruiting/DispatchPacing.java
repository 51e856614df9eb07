package dev.keel.api.recruiting;

/**
 * Decides at each tick of the embedding dispatcher how many batches it may start: every pending batch while the API
 * is quiet, one per busy interval while it is busy (the request rate since the last tick at or above the threshold).
 * Not thread-safe: the dispatcher's single thread owns it.
 */
final class DispatchPacing {
    static final int ALL = Integer.MAX_VALUE;

    private final EmbeddingDispatchSettings settings;
    private long lastReceived;
    private long lastTickNanos;
    private Long lastBusyDispatchNanos;

    DispatchPacing(EmbeddingDispatchSettings settings, long received, long nowNanos) {
        this.settings = settings;
        this.lastReceived = received;
        this.lastTickNanos = nowNanos;
    }

    /** {@code received}: requests received since the process started. */
    int batchesAllowed(long received, long nowNanos) {
        double seconds = Math.max(1e-3, (nowNanos - lastTickNanos) / 1e9);
        boolean busy = settings.busyRequestsPerSecond() > 0
                && (received - lastReceived) / seconds >= settings.busyRequestsPerSecond();
        lastReceived = received;
        lastTickNanos = nowNanos;
        if (!busy) {
            lastBusyDispatchNanos = null;
            return ALL;
        }
        boolean due = lastBusyDispatchNanos == null
                || nowNanos - lastBusyDispatchNanos >= settings.busyInterval().toNanos();
        return due ? 1 : 0;
    }

    /** Starts the busy interval when the tick at {@code nowNanos} dispatched something while the API was busy. */
    void dispatched(int intents, int batchesAllowed, long nowNanos) {
        if (intents > 0 && batchesAllowed != ALL) {
            lastBusyDispatchNanos = nowNanos;
        }
    }
}
