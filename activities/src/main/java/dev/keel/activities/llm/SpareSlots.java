package dev.keel.activities.llm;

import dev.keel.domain.llm.LlmSlotLease;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Slots a call of this process just gave back, kept for a few milliseconds: the next call of this process takes one
 * without a database round-trip; those nobody took in time go back to the fleet.
 */
final class SpareSlots {
    private record Spare(LlmSlotLease lease, long since) {
    }

    private final Object lock;
    private final Deque<Spare> spare = new ArrayDeque<>();

    SpareSlots(Object lock) {
        this.lock = lock;
    }

    void add(LlmSlotLease lease) {
        synchronized (lock) {
            spare.addLast(new Spare(lease, System.nanoTime()));
        }
    }

    /** The most recently given back slot, or null. */
    LlmSlotLease take() {
        synchronized (lock) {
            Spare s = spare.pollLast();
            return s == null ? null : s.lease();
        }
    }

    boolean isEmpty() {
        synchronized (lock) {
            return spare.isEmpty();
        }
    }

    /** Removes and returns the slots kept longer than maxAgeNanos. */
    List<LlmSlotLease> olderThan(long maxAgeNanos) {
        long now = System.nanoTime();
        List<LlmSlotLease> old = new ArrayList<>();
        synchronized (lock) {
            while (!spare.isEmpty() && now - spare.peekFirst().since() > maxAgeNanos) {
                old.add(spare.pollFirst().lease());
            }
        }
        return old;
    }
}
