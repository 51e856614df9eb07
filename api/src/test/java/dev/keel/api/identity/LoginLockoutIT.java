package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.domain.identity.LoginFailures;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LoginLockoutIT extends KeelApiTest {
    @Autowired
    LoginFailures failures;
    @Autowired
    LoginRateLimiter limiter;

    @Test
    void locksClientOutAfterFiveFailuresEvenForCorrectPassword() {
        String email = Accounts.email("locked");
        Accounts.register(http(), email);
        HttpTestClient attacker = http().header("X-Forwarded-For", Accounts.uniqueIp());
        for (int i = 1; i <= 5; i++) {
            Response failed = attacker.postJson("/api/auth/login", Map.of("email", email, "password", "wrong-" + i));
            assertThat(failed.status()).as("attempt " + i).isEqualTo(401);
        }
        Response sixth = attacker.postJson("/api/auth/login", Map.of("email", email, "password", "wrong-6"));
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.detail()).contains("Too many");
        long retryAfter = Long.parseLong(sixth.header("Retry-After"));
        assertThat(retryAfter).isBetween(890L, 900L);

        Response correct = attacker.postJson("/api/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(correct.status()).isEqualTo(429);
        Response v1 = attacker.postForm("/api/v1/auth/login", Map.of("username", email, "password", Accounts.PASSWORD));
        assertThat(v1.status()).isEqualTo(429);
        assertThat(v1.header("Retry-After")).isNotNull();

        Response otherClient = http().header("X-Forwarded-For", Accounts.uniqueIp())
                .postJson("/api/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(otherClient.status()).isEqualTo(200);
    }

    @Test
    void fiveBadPasswordsFromAnOfficeLockOnlyThatAccountThere() {
        String alice = Accounts.email("alice");
        String bob = Accounts.email("bob");
        Accounts.register(http(), alice);
        Accounts.register(http(), bob);
        HttpTestClient office = http().header("X-Forwarded-For", Accounts.uniqueIp());
        for (int i = 1; i <= 5; i++) {
            assertThat(office.postJson("/api/auth/login", Map.of("email", alice, "password", "typo-" + i)).status())
                    .isEqualTo(401);
        }
        assertThat(office.postJson("/api/auth/login", Map.of("email", alice, "password", Accounts.PASSWORD))
                .status()).isEqualTo(429);
        // A differently cased email is the same account.
        assertThat(office.postJson("/api/auth/login", Map.of("email", alice.toUpperCase(), "password",
                Accounts.PASSWORD)).status()).isEqualTo(429);
        assertThat(office.postJson("/api/auth/login", Map.of("email", bob, "password", Accounts.PASSWORD)).status())
                .isEqualTo(200);
        assertThat(http().header("X-Forwarded-For", Accounts.uniqueIp())
                .postJson("/api/auth/login", Map.of("email", alice, "password", Accounts.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void anAddressThatFailsFiftyTimesIsLockedForEveryAccount() {
        String carol = Accounts.email("carol");
        Accounts.register(http(), carol);
        HttpTestClient sprayer = http().header("X-Forwarded-For", Accounts.uniqueIp());
        for (int i = 1; i <= 50; i++) {
            Response r = sprayer.postForm("/api/v1/auth/login", Map.of("username", "nobody-" + i + "@example.com",
                    "password", "guess-" + i));
            assertThat(r.status()).as("attempt " + i).isEqualTo(400); // the recruiting seed's wrong-password status
        }
        Response locked = sprayer.postJson("/api/auth/login", Map.of("email", carol, "password", Accounts.PASSWORD));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(890L, 900L);
    }

    @Test
    void failuresAreSharedAcrossReplicas() {
        String ip = Accounts.uniqueIp();
        // A second limiter over the same database stands for another API replica.
        LoginRateLimiter otherReplica = new LoginRateLimiter(failures,
                new LoginRateLimiter.Limits(5, 50, Duration.ofMinutes(5), Duration.ofMinutes(15)), Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            otherReplica.recordFailure("login:shared", ip);
        }
        assertThat(limiter.lockedFor("login:shared", ip)).isPresent();
        assertThat(limiter.lockedFor("login:shared", Accounts.uniqueIp())).isEmpty();
        assertThat(limiter.lockedFor("login:other", ip)).isEmpty();
    }
}
