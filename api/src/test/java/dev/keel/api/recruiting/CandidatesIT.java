package dev.keel.api.recruiting;

import static dev.keel.api.recruiting.JobsIT.fieldNames;
import static dev.keel.api.recruiting.JobsIT.patch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CandidatesIT extends KeelApiTest {
    @Test
    void createsCandidateWithTheSeedShapeFieldByField() {
        TestUser user = TestUsers.register(http(), "cands");
        HttpTestClient http = http().bearer(user.accessToken());
        Response created = http.postJson("/api/v1/candidates", SeedExamples.CANDIDATE);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = created.json();
        assertThat(fieldNames(c)).containsExactly("id", "org_id", "full_name", "headline", "location",
                "experience_years", "current_title", "current_company", "linkedin_url", "github_url", "website_url",
                "notes");
        assertThat(c.path("org_id").asLong()).isEqualTo(user.orgId());
        assertThat(c.path("full_name").asString()).isEqualTo("Jane Doe");
        assertThat(c.path("headline").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(c.path("location").asString()).isEqualTo("San Francisco, CA");
        assertThat(c.path("experience_years").asInt()).isEqualTo(8);
        assertThat(c.path("current_title").asString()).isEqualTo("Staff Engineer");
        assertThat(c.path("current_company").asString()).isEqualTo("TechCorp");
        assertThat(c.path("linkedin_url").asString()).isEqualTo("https://linkedin.com/in/janedoe");
        assertThat(c.path("github_url").asString()).isEqualTo("https://github.com/janedoe");
        assertThat(c.has("website_url") && c.path("website_url").isNull()).isTrue();
        assertThat(c.path("notes").asString()).isEqualTo("Strong experience with Python and distributed systems.");

        long id = c.path("id").asLong();
        assertThat(http.get("/api/v1/candidates/" + id).json()).isEqualTo(c);
        JsonNode list = http.get("/api/v1/candidates?q=jane").json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0)).isEqualTo(c);
        assertThat(http.get("/api/v1/candidates?q=john").json().path("total").asLong()).isZero();

        Response patched = patch(http, "/api/v1/candidates/" + id,
                "{\"headline\":\"Principal Engineer\",\"website_url\":\"https://janedoe.dev\",\"notes\":null}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("headline").asString()).isEqualTo("Principal Engineer");
        assertThat(patched.json().path("website_url").asString()).isEqualTo("https://janedoe.dev");
        assertThat(patched.json().path("notes").isNull()).isTrue();
        assertThat(patched.json().path("current_company").asString()).isEqualTo("TechCorp");
        assertThat(patch(http, "/api/v1/candidates/" + id, "{\"experience_years\":81}").status()).isEqualTo(422);
        assertThat(patch(http, "/api/v1/candidates/" + id, "{\"full_name\":\"\"}").status()).isEqualTo(422);

        assertThat(http.delete("/api/v1/candidates/" + id).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/candidates/" + id).status()).isEqualTo(404);
        assertThat(http.delete("/api/v1/candidates/" + id).status()).isEqualTo(404);
    }

    @Test
    void rejectsBadInputWithoutStoringAnything() {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "cands-bad").accessToken());
        for (String body : List.of("{}", "{\"full_name\":\" \"}", "{\"full_name\":[\"x\"]}",
                "{\"full_name\":\"x\",\"experience_years\":-1}", "{\"full_name\":\"x\",\"experience_years\":81}",
                "{\"full_name\":\"x\",\"experience_years\":\"eight\"}",
                "{\"full_name\":\"x\",\"linkedin_url\":\"javascript:alert(1)\"}",
                "{\"full_name\":\"x\",\"github_url\":\"ftp://github.com/x\"}",
                "{\"full_name\":\"x\",\"website_url\":\"not a url\"}")) {
            Response response = http.postJson("/api/v1/candidates", body);
            assertThat(response.status()).as(body).isEqualTo(422);
            assertThat(response.detail()).as(body).isNotBlank();
        }
        assertThat(http.postJson("/api/v1/candidates", "{\"full_name\"").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/candidates").json().path("total").asLong()).isZero();
        assertThat(http.get("/api/v1/candidates?limit=500").status()).isEqualTo(422);
    }
}
