package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The /api/v1 identity family as the original recruiting front-end uses it (issue 15): one-day tokens it never
 * refreshes, still ended by logout and deactivation; answers whose detail says what to do; a lockout that stops one
 * account, not everyone behind the front-end's single address.
 */
class V1TokensIT extends KeelApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JdbcClient jdbc;

    @Test
    void loginTokensLastOneDayAndLogoutRevokesThem() {
        String email = register();
        String token = login(email, Accounts.PASSWORD).json().path("access_token").asString();
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(86_400);
        HttpTestClient user = http().bearer(token);
        assertThat(user.get("/api/v1/users/me").status()).isEqualTo(200);

        String second = login(email, Accounts.PASSWORD).json().path("access_token").asString();
        assertThat(user.postJson("/api/v1/auth/logout", "{}").status()).isEqualTo(200);
        Response refused = user.get("/api/v1/users/me");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).isEqualTo("Token has been revoked; log in again");
        assertThat(http().bearer(second).get("/api/v1/users/me").status()).as("another session").isEqualTo(200);
    }

    @Test
    void deactivationEndsADayLongTokenWithinSeconds() throws Exception {
        String email = register();
        HttpTestClient user = http().bearer(login(email, Accounts.PASSWORD).json().path("access_token").asString());
        assertThat(user.get("/api/v1/jobs").status()).isEqualTo(200);
        jdbc.sql("UPDATE users SET is_active = false WHERE email = ?").param(email).update();
        long start = System.nanoTime();
        Response refused;
        do {
            Thread.sleep(100);
            refused = user.get("/api/v1/jobs");
        } while (refused.status() == 200 && System.nanoTime() - start < 30_000_000_000L);
        assertThat(refused.status()).isEqualTo(403);
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(7.0);
    }

    @Test
    void refusalsSayWhatToDo() {
        Response shortPassword = http().postJson("/api/v1/auth/register", Map.of("email", Accounts.email("short"),
                "password", "abc123", "org_name", "Short Pw Co"));
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.detail()).isEqualTo(
                "password: must be at least 8 characters; choose a longer password and register again");
    }

    /** The front-end's case: every recruiter behind one address; five wrong passwords lock that account only. */
    @Test
    void fiveWrongPasswordsLockOneAccountWhileAnotherUserLogsIn() {
        String victim = register();
        String colleague = register();
        for (int i = 0; i < 5; i++) {
            assertThat(login(victim, "not-the-password").status()).isEqualTo(400);
        }
        Response locked = login(victim, Accounts.PASSWORD);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotNull();
        assertThat(locked.detail()).startsWith("Too many failed login attempts; sign-in is paused. Wait ")
                .contains("and try again with the correct password");
        assertThat(login(colleague, Accounts.PASSWORD).status()).isEqualTo(200);
    }

    private String register() {
        String email = Accounts.email("v1").toLowerCase();
        Response r = http().postJson("/api/v1/auth/register", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return email;
    }

    private Response login(String email, String password) {
        return http().postForm("/api/v1/auth/login", Map.of("username", email, "password", password));
    }
}
