package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The differences from the original recruiting app found side by side (issue 9 section 5; docs/recruiting-parity.md). */
class RecruitingParityIT extends KeelApiTest {
    @Test
    void aJobWithoutCurrencyOrSkillsGetsUsdAndNullListsAsTheOriginal() {
        HttpTestClient http = user("parity-defaults");
        JsonNode job = http.postJson("/api/v1/jobs", "{\"title\":\"Designer\"}").json();
        assertThat(job.path("currency").asString()).isEqualTo("USD");
        assertThat(job.path("required_skills").isNull()).isTrue();
        assertThat(job.path("nice_to_have_skills").isNull()).isTrue();
        assertThat(http.get("/api/v1/jobs/" + job.path("id").asLong()).json()).isEqualTo(job);

        JsonNode explicit = http.postJson("/api/v1/jobs",
                "{\"title\":\"x\",\"currency\":null,\"required_skills\":[],\"nice_to_have_skills\":null}").json();
        assertThat(explicit.path("currency").isNull()).as("an explicit null is stored").isTrue();
        assertThat(explicit.path("required_skills").isArray()).isTrue();
        assertThat(explicit.path("required_skills").size()).isZero();
        assertThat(explicit.path("nice_to_have_skills").isNull()).isTrue();

        long id = explicit.path("id").asLong();
        JsonNode cleared = JobsIT.patch(http, "/api/v1/jobs/" + id, "{\"required_skills\":null}").json();
        assertThat(cleared.path("required_skills").isNull()).as("PATCH null clears to null, as the original").isTrue();
    }

    @Test
    void salariesAre64BitAndNumericStringsAreCoercedLikeTheOriginal() {
        HttpTestClient http = user("parity-numbers");
        Response big = http.postJson("/api/v1/jobs", "{\"title\":\"CEO\",\"salary_min\":3000000000,\"salary_max\":\"4000000000\"}");
        assertThat(big.status()).as(big.body()).isEqualTo(201);
        assertThat(big.json().path("salary_min").asLong()).isEqualTo(3_000_000_000L);
        assertThat(big.json().path("salary_max").asLong()).isEqualTo(4_000_000_000L);
        assertThat(big.json().path("salary_max").isIntegralNumber()).isTrue();

        Response coerced = http.postJson("/api/v1/jobs", "{\"title\":\"x\",\"salary_min\":\"160000\",\"salary_max\":200000.0}");
        assertThat(coerced.status()).as(coerced.body()).isEqualTo(201);
        assertThat(coerced.json().path("salary_min").asLong()).isEqualTo(160000);
        assertThat(coerced.json().path("salary_max").asLong()).isEqualTo(200000);
        Response candidate = http.postJson("/api/v1/candidates", "{\"full_name\":\"Jane\",\"experience_years\":\"8\"}");
        assertThat(candidate.json().path("experience_years").asInt()).isEqualTo(8);
        long job = coerced.json().path("id").asLong();
        Response application = http.postJson("/api/v1/applications", "{\"job_id\":\"" + job + "\",\"candidate_id\":"
                + candidate.json().path("id").asLong() + ",\"fit_score\":\"85\"}");
        assertThat(application.status()).as(application.body()).isEqualTo(201);
        assertThat(application.json().path("fit_score").asInt()).isEqualTo(85);

        // what the original (Pydantic) refuses stays refused: fractions, non-numeric strings, numbers as text fields
        for (String body : new String[] {"{\"title\":\"x\",\"salary_min\":1.5}", "{\"title\":\"x\",\"salary_min\":\"\"}",
                "{\"title\":\"x\",\"salary_min\":\"16e4\"}", "{\"title\":\"x\",\"salary_min\":true}",
                "{\"title\":\"x\",\"salary_min\":99999999999999999999}", "{\"title\":5}",
                "{\"title\":\"x\",\"currency\":1}", "{\"title\":\"x\",\"required_skills\":[\"a\",1]}"}) {
            Response refused = http.postJson("/api/v1/jobs", body);
            assertThat(refused.status()).as(body).isEqualTo(422);
        }
        assertThat(http.postJson("/api/v1/candidates", "{\"full_name\":\"J\",\"experience_years\":\"99\"}").status())
                .isEqualTo(422);
        assertThat(http.get("/api/v1/jobs").json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void emptyStatusFilterAndLimitZeroAreAcceptedAsTheOriginal() {
        HttpTestClient http = user("parity-list");
        http.postJson("/api/v1/jobs", "{\"title\":\"a\"}");
        http.postJson("/api/v1/jobs", "{\"title\":\"b\",\"status\":\"closed\"}");
        Response unfiltered = http.get("/api/v1/jobs?status_filter=");
        assertThat(unfiltered.status()).as(unfiltered.body()).isEqualTo(200);
        assertThat(unfiltered.json().path("total").asLong()).isEqualTo(2);
        assertThat(http.get("/api/v1/jobs?status_filter=&q=").json().path("items").size()).isEqualTo(2);

        for (String path : new String[] {"/api/v1/jobs?limit=0", "/api/v1/candidates?limit=0",
                "/api/v1/applications?limit=0"}) {
            Response page = http.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.json().path("items").size()).as(path).isZero();
        }
        assertThat(http.get("/api/v1/jobs?limit=0").json().path("total").asLong()).isEqualTo(2);
        assertThat(http.get("/api/v1/jobs?limit=-1").status()).isEqualTo(422);
        long job = http.get("/api/v1/jobs").json().path("items").get(0).path("id").asLong();
        Response none = http.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job, "limit", 0));
        assertThat(none.status()).as(none.body()).isEqualTo(200);
        assertThat(none.json().path("matches").size()).isZero();
        assertThat(http.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", 999999999, "limit", 0))
                .status()).as("an unknown job is still 404").isEqualTo(404);
    }

    @Test
    void aTrailingSlashRedirectsToTheRouteAsTheOriginal() {
        HttpTestClient http = user("parity-slash");
        http.postJson("/api/v1/jobs", "{\"title\":\"a\",\"status\":\"closed\"}");
        Response redirect = http.get("/api/v1/jobs/?status_filter=closed");
        assertThat(redirect.status()).isEqualTo(307);
        assertThat(redirect.header("Location")).endsWith("/api/v1/jobs?status_filter=closed");
        assertThat(http.get("/api/v1/candidates/").status()).isEqualTo(307);
        Response post = http.postJson("/api/v1/jobs/", "{\"title\":\"b\"}");
        assertThat(post.status()).as("307 keeps the method and body; nothing is created yet").isEqualTo(307);
        assertThat(http.get("/api/v1/jobs").json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void theSeedFamilyAnswers400ForAWrongPasswordAnd403ForAnInvalidToken() {
        TestUser user = TestUsers.register(http(), "parity-auth");
        Response wrong = http().postForm("/api/v1/auth/login", Map.of("username", user.email(), "password", "nope-1234"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.detail()).isEqualTo("Incorrect email or password");

        HttpTestClient forged = http().bearer(user.accessToken() + "x");
        for (String path : new String[] {"/api/v1/jobs", "/api/v1/candidates", "/api/v1/applications",
                "/api/v1/users/me"}) {
            Response bad = forged.get(path);
            assertThat(bad.status()).as(path).isEqualTo(403);
            assertThat(bad.detail()).as(path).isNotBlank();
            assertThat(http().get(path).status()).as("missing token: " + path).isEqualTo(401);
        }
        assertThat(forged.postJson("/api/v1/agent/chat", Map.of("message", "list jobs")).status()).isEqualTo(403);
        assertThat(forged.get("/api/auth/me").status()).as("the /api/auth family keeps 401").isEqualTo(401);
        assertThat(forged.get("/api/pluto/status?run_id=x").status()).as("Pluto keeps 401").isEqualTo(401);
    }

    private HttpTestClient user(String prefix) {
        return http().bearer(TestUsers.register(http(), prefix).accessToken());
    }
}
