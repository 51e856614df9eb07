package dev.keel.api.identity;

import dev.keel.domain.identity.LoginFailures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Failed logins, counted in PostgreSQL so that the limit holds across API replicas. Two keys per attempt:
 * the account together with the client address ({@code accountMaxFailures} within {@code window}), and the client
 * address alone with a higher threshold ({@code ipMaxFailures}), so that one user mistyping a password behind an
 * office address locks out neither the other users there nor, from elsewhere, the account itself. A locked key
 * is refused for {@code lockout}, even with the correct password.
 */
public class LoginRateLimiter {
    private static final int SWEEP_EVERY = 500;

    private final LoginFailures failures;
    private final Limits limits;
    private final Clock clock;
    private final AtomicLong recorded = new AtomicLong();

    public record Limits(int accountMaxFailures, int ipMaxFailures, Duration window, Duration lockout) {
    }

    public LoginRateLimiter(LoginFailures failures, Limits limits, Clock clock) {
        this.failures = failures;
        this.limits = limits;
        this.clock = clock;
    }

    /** Seconds until this account may try again from this address (rounded up, at least 1), or empty. */
    public Optional<Long> lockedFor(String account, String clientAddress) {
        Instant now = clock.instant();
        return failures.lockedUntil(List.of(accountKey(account, clientAddress), ipKey(clientAddress)), now)
                .map(until -> Math.max(1, (Duration.between(now, until).toMillis() + 999) / 1000));
    }

    public void recordFailure(String account, String clientAddress) {
        Instant now = clock.instant();
        if (recorded.incrementAndGet() % SWEEP_EVERY == 0) {
            failures.sweep(now, limits.window());
        }
        failures.recordFailure(accountKey(account, clientAddress), now, limits.window(), limits.accountMaxFailures(),
                limits.lockout());
        failures.recordFailure(ipKey(clientAddress), now, limits.window(), limits.ipMaxFailures(), limits.lockout());
    }

    /** Forgets the account's failures from this address; the address's own count stays. */
    public void recordSuccess(String account, String clientAddress) {
        failures.clear(accountKey(account, clientAddress));
    }

    private static String accountKey(String account, String clientAddress) {
        return "account:" + account + "|" + clientAddress;
    }

    private static String ipKey(String clientAddress) {
        return "ip:" + clientAddress;
    }
}
