package dev.keel.activities.llm;

import dev.keel.domain.llm.LlmSlotLease;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Slots a call of this process gave back while another one waited: handed over without a database round-trip. */
final class SpareSlots {
    private final Object lock;
    private final Deque<LlmSlotLease> spare = new ArrayDeque<>();

    SpareSlots(Object lock) {
        this.lock = lock;
    }

    void add(LlmSlotLease lease) {
        synchronized (lock) {
            spare.add(lease);
        }
    }

    /** A spare slot, or null. */
    LlmSlotLease take() {
        synchronized (lock) {
            return spare.poll();
        }
    }

    boolean isEmpty() {
        synchronized (lock) {
            return spare.isEmpty();
        }
    }

    int size() {
        synchronized (lock) {
            return spare.size();
        }
    }

    List<LlmSlotLease> drain() {
        synchronized (lock) {
            List<LlmSlotLease> all = new ArrayList<>(spare);
            spare.clear();
            return all;
        }
    }
}
