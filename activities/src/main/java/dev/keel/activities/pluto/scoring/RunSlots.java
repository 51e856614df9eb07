package dev.keel.activities.pluto.scoring;

import java.util.TreeMap;

/**
 * LLM call slots of one pipeline, handed out oldest batch first (priority = the batch's first row). Batches in
 * flight then do not advance in lockstep: the oldest is fully dispatched early and its slow tail overlaps with the
 * next batches' calls, instead of every batch reaching its tail at once and leaving slots idle.
 */
final class RunSlots {
    private final int capacity;
    private final TreeMap<Long, Integer> waiting = new TreeMap<>();
    private int inFlight;

    RunSlots(int capacity) {
        this.capacity = capacity;
    }

    synchronized boolean tryAcquire(long priority, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        waiting.merge(priority, 1, Integer::sum);
        try {
            while (inFlight >= capacity || waiting.firstKey() < priority) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                wait(left);
            }
            inFlight++;
            return true;
        } finally {
            waiting.computeIfPresent(priority, (k, n) -> n == 1 ? null : n - 1);
            notifyAll();
        }
    }

    synchronized void release() {
        inFlight--;
        notifyAll();
    }
}
