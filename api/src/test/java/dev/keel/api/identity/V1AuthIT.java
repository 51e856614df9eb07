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

class V1AuthIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;

    private HttpTestClient client() {
        return http().header("X-Forwarded-For", Accounts.uniqueIp());
    }

    @Test
    void registersOrgAdminLogsInWithFormAndReadsMe() {
        String email = Accounts.email("founder");
        Response registered = client().postJson("/api/v1/auth/register",
                Map.of("email", email, "password", "secret123", "org_name", "My Recruiting Co"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(200);
        JsonNode user = registered.json();
        assertThat(user.propertyNames()).containsExactlyInAnyOrder("id", "email", "full_name", "role", "org_id");
        assertThat(user.path("id").isIntegralNumber()).isTrue();
        assertThat(user.path("org_id").isIntegralNumber()).isTrue();
        assertThat(user.path("email").asString()).isEqualTo(email.toLowerCase());
        assertThat(user.path("full_name").asString()).isEqualTo(email.toLowerCase().substring(0, email.indexOf('@')));
        assertThat(user.path("role").asString()).isEqualTo("org_admin");
        assertThat(orgName(user.path("org_id").asLong())).isEqualTo("My Recruiting Co");

        Response login = client().postForm("/api/v1/auth/login", Map.of("username", email, "password", "secret123"));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().propertyNames()).containsExactlyInAnyOrder("access_token", "token_type");
        assertThat(login.json().path("token_type").asString()).isEqualTo("bearer");

        Response me = http().bearer(login.json().path("access_token").asString()).get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).isEqualTo(user);
    }

    @Test
    void defaultsOrgNameToMyOrganization() {
        Response registered = client().postJson("/api/v1/auth/register",
                Map.of("email", Accounts.email("noorg"), "password", "secret123"));
        assertThat(registered.status()).isEqualTo(200);
        assertThat(orgName(registered.json().path("org_id").asLong())).isEqualTo("My Organization");
    }

    @Test
    void rejectsDuplicateEmailWith400() {
        String email = Accounts.email("dup");
        assertThat(client().postJson("/api/v1/auth/register", Map.of("email", email, "password", "secret123"))
                .status()).isEqualTo(200);
        Response again = client().postJson("/api/v1/auth/register",
                Map.of("email", email.toUpperCase(), "password", "secret123"));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.detail()).contains("already registered");
    }

    @Test
    void rejectsBadInputWithDetail() {
        Response shortPassword = client().postJson("/api/v1/auth/register",
                Map.of("email", Accounts.email("short"), "password", "1234567"));
        assertThat(shortPassword.status()).isEqualTo(422);
        assertThat(shortPassword.detail()).contains("password");
        Response badEmail = client().postJson("/api/v1/auth/register", Map.of("email", "nope", "password", "secret123"));
        assertThat(badEmail.status()).isEqualTo(422);
        assertThat(badEmail.detail()).contains("email");
        Response longEmail = client().postJson("/api/v1/auth/register",
                Map.of("email", "a".repeat(250) + "@x.io", "password", "secret123"));
        assertThat(longEmail.status()).isEqualTo(422);
        Response malformed = client().postJson("/api/v1/auth/register", "{\"email\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).isNotBlank();
        Response wrongType = client().postJson("/api/v1/auth/register", "{\"email\":[1],\"password\":{}}");
        assertThat(wrongType.status()).isEqualTo(422);
        Response missingField = client().postForm("/api/v1/auth/login", Map.of("username", "x@y.z"));
        assertThat(missingField.status()).isEqualTo(422);
    }

    @Test
    void rejectsWrongPasswordAndMissingToken() {
        String email = Accounts.email("wrong");
        client().postJson("/api/v1/auth/register", Map.of("email", email, "password", "secret123"));
        Response login = client().postForm("/api/v1/auth/login", Map.of("username", email, "password", "secret124"));
        assertThat(login.status()).as("seed 000 family: the original and its frontend expect 400").isEqualTo(400);
        assertThat(login.detail()).isEqualTo("Incorrect email or password");
        Response me = http().get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.detail()).isNotBlank();
    }

    private String orgName(long orgId) {
        return jdbc.sql("SELECT name FROM organizations WHERE id = ?").param(orgId).query(String.class).single();
    }
}
