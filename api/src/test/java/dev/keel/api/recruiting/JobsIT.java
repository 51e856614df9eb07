package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class JobsIT extends KeelApiTest {
    @Test
    void createsJobWithTheSeedShapeFieldByField() {
        TestUser user = TestUsers.register(http(), "jobs");
        Response created = http().bearer(user.accessToken()).postJson("/api/v1/jobs", SeedExamples.JOB);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode job = created.json();
        assertThat(fieldNames(job)).containsExactly("id", "org_id", "created_by_user_id", "title", "department",
                "location", "employment_type", "remote_option", "salary_min", "salary_max", "currency", "description",
                "required_skills", "nice_to_have_skills", "status", "is_public");
        assertThat(job.path("org_id").asLong()).isEqualTo(user.orgId());
        assertThat(job.path("created_by_user_id").isIntegralNumber()).isTrue();
        assertThat(job.path("title").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(job.path("department").asString()).isEqualTo("Engineering");
        assertThat(job.path("location").asString()).isEqualTo("New York, NY");
        assertThat(job.path("employment_type").asString()).isEqualTo("Full-time");
        assertThat(job.path("remote_option").asString()).isEqualTo("Hybrid");
        assertThat(job.path("salary_min").asInt()).isEqualTo(160000);
        assertThat(job.path("salary_max").asInt()).isEqualTo(200000);
        assertThat(job.path("currency").asString()).isEqualTo("USD");
        assertThat(job.path("description").asString()).isEqualTo("We are hiring...");
        assertThat(job.path("required_skills").toString()).isEqualTo("[\"Python\",\"FastAPI\",\"PostgreSQL\"]");
        assertThat(job.path("nice_to_have_skills").toString()).isEqualTo("[\"Kubernetes\",\"AWS\"]");
        assertThat(job.path("status").asString()).isEqualTo("open");
        assertThat(job.path("is_public").isBoolean()).isTrue();
        assertThat(job.path("is_public").asBoolean()).isFalse();

        long id = job.path("id").asLong();
        assertThat(http().bearer(user.accessToken()).get("/api/v1/jobs/" + id).json()).isEqualTo(job);
        Response list = http().bearer(user.accessToken()).get("/api/v1/jobs");
        assertThat(fieldNames(list.json())).containsExactly("items", "total");
        assertThat(list.json().path("items").get(0)).isEqualTo(job);
        assertThat(list.json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void createsWithDefaultsFromTitleAlone() {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "jobs-min").accessToken());
        JsonNode job = http.postJson("/api/v1/jobs", "{\"title\":\"Designer\"}").json();
        assertThat(job.path("status").asString()).isEqualTo("open");
        assertThat(job.path("is_public").asBoolean()).isFalse();
        assertThat(job.path("currency").asString()).isEqualTo("USD");
        assertThat(job.path("required_skills").isNull()).isTrue();
        assertThat(job.path("salary_min").isNull()).isTrue();
    }

    @Test
    void patchChangesOnlyTheFieldsSentAndNullClears() {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "jobs-patch").accessToken());
        long id = http.postJson("/api/v1/jobs", SeedExamples.JOB).json().path("id").asLong();
        Response patched = http.send(http.builder("/api/v1/jobs/" + id).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"status\":\"on_hold\",\"department\":null,\"required_skills\":[\"Python\",\"Kafka\"]}")));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        JsonNode job = patched.json();
        assertThat(job.path("status").asString()).isEqualTo("on_hold");
        assertThat(job.path("department").isNull()).isTrue();
        assertThat(job.path("required_skills").toString()).isEqualTo("[\"Python\",\"Kafka\"]");
        assertThat(job.path("title").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(job.path("salary_max").asInt()).isEqualTo(200000);
        assertThat(job.path("nice_to_have_skills").toString()).isEqualTo("[\"Kubernetes\",\"AWS\"]");

        Response tooHigh = patch(http, "/api/v1/jobs/" + id, "{\"salary_min\":250000}");
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.detail()).contains("salary_min");
        assertThat(patch(http, "/api/v1/jobs/" + id, "{\"title\":null}").status()).isEqualTo(422);
        assertThat(patch(http, "/api/v1/jobs/" + id, "{\"status\":null}").status()).isEqualTo(422);
        assertThat(patch(http, "/api/v1/jobs/" + id, "{\"is_public\":null}").status()).isEqualTo(422);
        assertThat(patch(http, "/api/v1/jobs/" + id, "{\"salary_max\":\"lots\"}").status()).isEqualTo(422);
        assertThat(patch(http, "/api/v1/jobs/" + id, "{\"status\":\"archived\"}").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/jobs/" + id).json().path("salary_min").asInt()).isEqualTo(160000);
    }

    @Test
    void filtersByStatusAndTitleAndCountsTheFullMatch() {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "jobs-list").accessToken());
        for (int i = 0; i < 5; i++) {
            http.postJson("/api/v1/jobs", "{\"title\":\"Backend Engineer " + i + "\",\"status\":\""
                    + (i % 2 == 0 ? "open" : "closed") + "\"}");
        }
        http.postJson("/api/v1/jobs", "{\"title\":\"Designer\"}");
        JsonNode page = http.get("/api/v1/jobs?q=BACKEND&limit=2&skip=1").json();
        assertThat(page.path("total").asLong()).isEqualTo(5);
        assertThat(page.path("items").size()).isEqualTo(2);
        assertThat(page.path("items").get(0).path("title").asString()).isEqualTo("Backend Engineer 1");
        assertThat(http.get("/api/v1/jobs?status_filter=open").json().path("total").asLong()).isEqualTo(4);
        assertThat(http.get("/api/v1/jobs?status_filter=open&q=backend").json().path("total").asLong()).isEqualTo(3);
        Response tooMany = http.get("/api/v1/jobs?limit=101");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.detail()).contains("limit");
        assertThat(http.get("/api/v1/jobs?status_filter=bogus").status()).isEqualTo(422);
        assertThat(http.get("/api/v1/jobs?skip=-1").status()).isEqualTo(422);
    }

    @Test
    void rejectsBadInputWithoutStoringAnything() {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "jobs-bad").accessToken());
        for (String body : List.of("{}", "{\"title\":\"   \"}", "{\"title\":null}", "{\"title\":5}",
                "{\"title\":\"x\",\"salary_min\":10,\"salary_max\":5}", "{\"title\":\"x\",\"salary_min\":\"lots\"}",
                "{\"title\":\"x\",\"salary_min\":-1}", "{\"title\":\"x\",\"status\":\"paused\"}",
                "{\"title\":\"x\",\"required_skills\":\"Python\"}", "{\"title\":\"x\",\"required_skills\":[1]}",
                "{\"title\":\"x\",\"is_public\":\"yes\"}", "{\"title\":\"x\",\"salary_max\":1.5}", "[]")) {
            Response response = http.postJson("/api/v1/jobs", body);
            assertThat(response.status()).as(body).isEqualTo(422);
            assertThat(response.detail()).as(body).isNotBlank();
        }
        Response malformed = http.postJson("/api/v1/jobs", "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).isNotBlank();
        assertThat(http.get("/api/v1/jobs").json().path("total").asLong()).isZero();
        assertThat(http().get("/api/v1/jobs").status()).isEqualTo(401);
    }

    static Response patch(HttpTestClient http, String path, String json) {
        return http.send(http.builder(path).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
