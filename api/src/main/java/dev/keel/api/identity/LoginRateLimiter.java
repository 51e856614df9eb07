package dev.keel.api.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per client key: {@code maxFailures} failures within {@code window} lock the key
 * for {@code lockout}; while locked every attempt, even with a correct password, is refused.
 */
public class LoginRateLimiter {
    private static final int SWEEP_THRESHOLD = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public LoginRateLimiter(int maxFailures, Duration window, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** Seconds until the key may try again (rounded up, at least 1), or empty when it is not locked. */
    public Optional<Long> lockedFor(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        synchronized (entry) {
            Instant now = clock.instant();
            if (entry.lockedUntil != null && now.isBefore(entry.lockedUntil)) {
                long millis = Duration.between(now, entry.lockedUntil).toMillis();
                return Optional.of(Math.max(1, (millis + 999) / 1000));
            }
            return Optional.empty();
        }
    }

    public void recordFailure(String key) {
        if (entries.size() > SWEEP_THRESHOLD) {
            sweep();
        }
        Entry entry = entries.computeIfAbsent(key, k -> new Entry());
        synchronized (entry) {
            Instant now = clock.instant();
            entry.failures.addLast(now);
            while (!entry.failures.isEmpty() && !entry.failures.peekFirst().isAfter(now.minus(window))) {
                entry.failures.removeFirst();
            }
            if (entry.failures.size() >= maxFailures) {
                entry.lockedUntil = now.plus(lockout);
                entry.failures.clear();
            }
        }
    }

    public void recordSuccess(String key) {
        entries.remove(key);
    }

    private void sweep() {
        Instant now = clock.instant();
        entries.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Entry entry = e.getValue();
                boolean locked = entry.lockedUntil != null && now.isBefore(entry.lockedUntil);
                Instant last = entry.failures.peekLast();
                return !locked && (last == null || !last.isAfter(now.minus(window)));
            }
        });
    }

    private static final class Entry {
        private final Deque<Instant> failures = new ArrayDeque<>();
        private Instant lockedUntil;
    }
}
