package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AuthIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;

    private HttpTestClient client() {
        return http().header("X-Forwarded-For", Accounts.uniqueIp());
    }

    @Test
    void registersWithUnionOfSeed001And003Fields() {
        String email = Accounts.email("union");
        Response response = client().postJson("/api/auth/register",
                Map.of("email", email, "password", Accounts.PASSWORD, "username", "user_" + System.nanoTime()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.propertyNames()).contains("user", "access_token", "token_type", "id", "username", "email",
                "is_active", "is_superuser", "created_at", "updated_at");
        assertThat(body.path("user").propertyNames()).containsExactlyInAnyOrder("id", "email", "role");
        assertThat(body.path("user").path("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(body.path("user").path("role").asString()).isIn("admin", "user");
        assertThat(body.path("token_type").asString()).isEqualTo("bearer");
        assertThat(body.path("access_token").asString().split("\\.")).hasSize(3);
        assertThat(body.path("is_active").asBoolean()).isTrue();
        assertThat(body.path("is_superuser").asBoolean())
                .isEqualTo("admin".equals(body.path("user").path("role").asString()));
        assertThat(body.path("created_at").asString()).isNotBlank();
        assertThat(body.path("id").asLong()).isEqualTo(body.path("user").path("id").asLong());

        String cookie = response.header("Set-Cookie");
        assertThat(cookie).startsWith("refresh_token=").contains("HttpOnly").contains("SameSite=Strict")
                .contains("Path=/api/auth");
        assertThat(jdbc.sql("SELECT role FROM users WHERE id = ?").param(body.path("id").asLong())
                .query(String.class).single()).isEqualTo("org_admin");
    }

    @Test
    void onlyTheFirstUserEverIsPlatformAdmin() {
        Accounts.register(client(), Accounts.email("first"));
        Response later = Accounts.register(client(), Accounts.email("later"));
        assertThat(later.json().path("user").path("role").asString()).isEqualTo("user");
        assertThat(later.json().path("is_superuser").asBoolean()).isFalse();
        long admins = jdbc.sql("SELECT count(*) FROM users WHERE is_platform_admin").query(Long.class).single();
        long firstIsAdmin = jdbc.sql("SELECT count(*) FROM users WHERE is_platform_admin "
                + "AND id = (SELECT min(id) FROM users)").query(Long.class).single();
        assertThat(admins).isEqualTo(1);
        assertThat(firstIsAdmin).isEqualTo(1);
    }

    @Test
    void logsInWithJsonEmailJsonUsernameAndForm() {
        String email = Accounts.email("login");
        String username = "login_" + System.nanoTime();
        client().postJson("/api/auth/register", Map.of("email", email, "password", Accounts.PASSWORD,
                "username", username));
        Response byEmail = client().postJson("/api/auth/login", Map.of("email", email, "password", Accounts.PASSWORD));
        Response byUsername = client().postJson("/api/auth/login",
                Map.of("username", username, "password", Accounts.PASSWORD));
        Response byForm = client().postForm("/api/auth/login", Map.of("username", email, "password", Accounts.PASSWORD));
        for (Response r : new Response[] {byEmail, byUsername, byForm}) {
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.json().path("token_type").asString()).isEqualTo("bearer");
            assertThat(r.json().path("user").path("email").asString()).isEqualTo(email.toLowerCase());
            assertThat(r.header("Set-Cookie")).startsWith("refresh_token=");
        }
        Response wrong = client().postJson("/api/auth/login", Map.of("email", email, "password", "not-the-one"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.detail()).isEqualTo("Incorrect email or password");
    }

    @Test
    void meReturnsUnionOfShapes() {
        String token = Accounts.accessToken(client(), "me");
        Response me = http().bearer(token).get("/api/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().propertyNames()).contains("user", "id", "email", "username", "role", "is_active",
                "is_superuser", "org_id", "created_at");
        assertThat(me.json().path("user").path("id").asLong()).isEqualTo(me.json().path("id").asLong());
        assertThat(http().get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void rejectsDuplicateEmailWith409AndBadInputWith422() {
        String email = Accounts.email("dup");
        Accounts.register(client(), email);
        Response dup = client().postJson("/api/auth/register", Map.of("email", email, "password", Accounts.PASSWORD));
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.detail()).contains("already registered");
        Response shortPassword = client().postJson("/api/auth/register",
                Map.of("email", Accounts.email("s"), "password", "short"));
        assertThat(shortPassword.status()).isEqualTo(422);
        Response longPassword = client().postJson("/api/auth/register",
                Map.of("email", Accounts.email("l"), "password", "x".repeat(101)));
        assertThat(longPassword.status()).isEqualTo(422);
        Response shortUsername = client().postJson("/api/auth/register",
                Map.of("email", Accounts.email("u"), "password", Accounts.PASSWORD, "username", "ab"));
        assertThat(shortUsername.status()).isEqualTo(422);
        assertThat(shortUsername.detail()).contains("username");
        assertThat(client().postJson("/api/auth/login", "{not json").status()).isEqualTo(400);
        String maxEmail = Accounts.email("max");
        Response maxPassword = client().postJson("/api/auth/register",
                Map.of("email", maxEmail, "password", "é".repeat(100)));
        assertThat(maxPassword.status()).as(maxPassword.body()).isEqualTo(201);
        assertThat(client().postJson("/api/auth/login", Map.of("email", maxEmail, "password", "é".repeat(100)))
                .status()).isEqualTo(200);
    }

    @Test
    void storesPasswordAsBcryptNeverPlain() {
        String email = Accounts.email("hash");
        Accounts.register(client(), email);
        String hash = jdbc.sql("SELECT password_hash FROM users WHERE email = ?").param(email.toLowerCase())
                .query(String.class).single();
        assertThat(hash).startsWith("$2").doesNotContain(Accounts.PASSWORD);
    }
}
