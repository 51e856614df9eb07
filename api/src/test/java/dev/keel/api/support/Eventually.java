package dev.keel.api.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls a condition until it holds, for tests of what happens in the background. */
public final class Eventually {
    private Eventually() {
    }

    public static void within(Duration max, String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + max);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
