package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import org.junit.jupiter.api.Test;

class PlatformEndpointsIT extends KeelApiTest {

    @Test
    void healthReportsDatabaseAndCliDevServer() {
        Response response = http().get("/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("healthy");
        assertThat(response.json().path("database").asString()).isEqualTo("connected");
        assertThat(response.json().path("database_identity").asString()).matches("[0-9a-f]{12}");
        assertThat(response.json().path("temporal").path("mode").asString()).isEqualTo("cli-dev-server");
        assertThat(response.json().path("temporal").path("status").asString()).isEqualTo("connected");
        assertThat(response.json().path("qdrant").asString()).isEqualTo("disabled");
        assertThat(response.json().path("kill_switches").has("consolidated_metrics")).isTrue();
    }

    @Test
    void healthzAnswersOkWithVersion() {
        Response response = http().get("/healthz");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("ok");
        assertThat(response.json().path("version").asString()).isNotBlank();
    }

    @Test
    void unknownRouteIsJson404() {
        // Without a credential every non-public route is 401, unknown ones too (AuthenticationGateIT).
        assertThat(http().get("/no/such/route").status()).isEqualTo(401);
        Response response = http().bearer(TestUsers.register(http(), "routes").accessToken()).get("/no/such/route");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isNotBlank();
    }

    @Test
    void oversizedBodyIs413() {
        String big = "{\"x\":\"" + "a".repeat(2_000_000) + "\"}";
        Response response = http().postJson("/api/v1/auth/register", big);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.detail()).contains("too large");
    }

    @Test
    void openApiDescriptionIsServed() {
        Response response = http().get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("openapi").asString()).startsWith("3.");
        assertThat(http().get("/docs").status()).isIn(200, 302);
    }
}
