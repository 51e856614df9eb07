package dev.keel.api.approvals;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Short bounded polling of the database after a start or signal, so a response can report what happened. */
final class Waits {
    private Waits() {
    }

    static <T> Optional<T> until(Supplier<Optional<T>> probe, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent() || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
        }
    }
}
