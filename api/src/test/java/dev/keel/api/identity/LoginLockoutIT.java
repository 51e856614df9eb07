package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginLockoutIT extends KeelApiTest {
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
}
