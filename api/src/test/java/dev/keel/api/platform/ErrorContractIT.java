package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import org.junit.jupiter.api.Test;

/** Bad input is a 4xx with {"detail": ...}, never a 500 and never a stack trace. */
class ErrorContractIT extends KeelApiTest {

    @Test
    void malformedJsonIs400() {
        assertError(http().postJson("/api/auth/register", "{\"email\": \"x@y.z\", "), 400);
        assertError(http().postJson("/api/auth/register", "not json at all"), 400);
    }

    @Test
    void wrongTypesAre422() {
        assertError(http().postJson("/api/auth/register", "{\"email\": [1,2], \"password\": {\"a\": 1}}"), 422);
        assertError(http().postJson("/api/auth/register", "[]"), 422);
    }

    @Test
    void missingBodyIs422() {
        assertError(http().postJson("/api/v1/auth/register", ""), 422);
    }

    @Test
    void unsupportedContentTypeIs415() {
        assertError(http().post("/api/v1/auth/register", "text/plain", "email=x"), 415);
    }

    @Test
    void wrongMethodIs405() {
        // Without a credential a method that no public route allows is 401 (AuthenticationGateIT).
        assertError(http().delete("/healthz"), 401);
        assertError(http().bearer(TestUsers.register(http(), "methods").accessToken()).delete("/healthz"), 405);
    }

    @Test
    void invalidQueryParameterTypeIs422() {
        String token = TestUsers.register(http(), "errors").accessToken();
        assertError(http().bearer(token).get("/api/runs?limit=abc"), 422);
        assertError(http().bearer(token).get("/api/runs/not-a-number"), 422);
    }

    @Test
    void missingOrGarbageTokenIs401() {
        assertError(http().get("/api/runs"), 401);
        assertError(http().bearer("garbage.token.here").get("/api/runs"), 401);
        assertError(http().header("Authorization", "Basic Zm9vOmJhcg==").get("/api/runs"), 401);
    }

    @Test
    void invalidUtf8BodyIsAClientError() {
        var request = http().builder("/api/auth/register").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                        new byte[] {'{', '"', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        Response response = http().send(request);
        assertThat(response.status()).isBetween(400, 499);
    }

    private static void assertError(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().path("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
