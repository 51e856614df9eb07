package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import org.junit.jupiter.api.Test;

class CliTokenIT extends KeelApiTest {
    @Test
    void issuesThirtyDayCliTokenThatCanBeRevoked() {
        String access = Accounts.accessToken(http(), "cli");
        Response issued = http().bearer(access).post("/api/auth/cli-token", null, "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        assertThat(issued.json().path("expires_in_days").asInt()).isEqualTo(30);
        String cli = issued.json().path("token").asString();
        String claims = JwtForge.decode(cli.split("\\.")[1]);
        assertThat(claims).contains("\"type\":\"cli\"");
        long iat = Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"));
        long exp = Long.parseLong(claims.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(exp - iat).isEqualTo(30L * 24 * 3600);

        Response whoami = http().bearer(cli).get("/api/auth/whoami");
        assertThat(whoami.status()).isEqualTo(200);
        assertThat(whoami.json().path("source").asString()).isEqualTo("cli_token");
        assertThat(http().bearer(cli).get("/api/auth/me").status()).isEqualTo(200);

        String jti = issued.json().path("jti").asString();
        Response list = http().bearer(access).get("/api/auth/cli-tokens");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("tokens").size()).isEqualTo(1);
        assertThat(list.json().path("tokens").get(0).path("jti").asString()).isEqualTo(jti);

        assertThat(http().bearer(access).delete("/api/auth/cli-tokens/" + jti).status()).isEqualTo(204);
        Response revoked = http().bearer(cli).get("/api/auth/me");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.detail()).isEqualTo("Token has been revoked");
        assertThat(http().bearer(access).get("/api/auth/cli-tokens").json().path("tokens").get(0)
                .path("revoked").asBoolean()).isTrue();
    }

    @Test
    void rejectsCrossTenantCliTokenRevoke() {
        String ownerAccess = Accounts.accessToken(http(), "owner");
        Response issued = http().bearer(ownerAccess).post("/api/auth/cli-token", null, "");
        String jti = issued.json().path("jti").asString();
        String intruder = Accounts.accessToken(http(), "intruder");
        Response attempt = http().bearer(intruder).delete("/api/auth/cli-tokens/" + jti);
        assertThat(attempt.status()).isEqualTo(404);
        assertThat(attempt.detail()).isEqualTo("CLI token not found");
        assertThat(http().bearer(intruder).get("/api/auth/cli-tokens").json().path("tokens").size()).isZero();
        assertThat(http().bearer(issued.json().path("token").asString()).get("/api/auth/me").status()).isEqualTo(200);
    }

    @Test
    void requiresAuthentication() {
        assertThat(http().post("/api/auth/cli-token", null, "").status()).isEqualTo(401);
    }
}
