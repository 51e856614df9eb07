package dev.keel.api.identity;

import dev.keel.domain.identity.UserAccount;
import dev.keel.domain.identity.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Whether a token's user still exists and is active, read from PostgreSQL at most once per {@code accountRecheck}
 * per user and replica: a signed token stays valid until it expires, so without this a deactivated user kept
 * access for the token's whole lifetime. Every replica reads the same table, so the staleness is bounded
 * everywhere. Bounded: emptied when full.
 */
@Component
public class ActiveAccounts {
    private static final int CAPACITY = 50_000;

    private final UserRepository users;
    private final Clock clock;
    private final Duration recheck;
    private final ConcurrentHashMap<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(boolean active, Instant at) {
    }

    public ActiveAccounts(UserRepository users, Clock clock, IdentityProperties properties) {
        this.users = users;
        this.clock = clock;
        this.recheck = properties.accountRecheck();
    }

    public boolean isActive(long orgId, long userId) {
        Instant now = clock.instant();
        String key = orgId + ":" + userId;
        Checked last = checked.get(key);
        if (last != null && now.isBefore(last.at().plus(recheck))) {
            return last.active();
        }
        boolean active = users.findById(orgId, userId).map(UserAccount::active).orElse(false);
        if (checked.size() >= CAPACITY) {
            checked.clear();
        }
        checked.put(key, new Checked(active, now));
        return active;
    }
}
