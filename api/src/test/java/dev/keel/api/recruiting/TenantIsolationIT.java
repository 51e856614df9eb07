package dev.keel.api.recruiting;

import static dev.keel.api.recruiting.JobsIT.patch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TenantIsolationIT extends KeelApiTest {
    @Test
    void anotherOrganizationSeesNothingOfOrgA() {
        HttpTestClient a = http().bearer(TestUsers.register(http(), "tenant-a").accessToken());
        HttpTestClient b = http().bearer(TestUsers.register(http(), "tenant-b").accessToken());
        long job = a.postJson("/api/v1/jobs", SeedExamples.JOB).json().path("id").asLong();
        long cand = a.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        long app = a.postJson("/api/v1/applications", "{\"job_id\":" + job + ",\"candidate_id\":" + cand + "}")
                .json().path("id").asLong();
        long bJob = b.postJson("/api/v1/jobs", "{\"title\":\"B job\"}").json().path("id").asLong();
        long bCand = b.postJson("/api/v1/candidates", "{\"full_name\":\"B cand\"}").json().path("id").asLong();

        Map<String, String> resources = Map.of("/api/v1/jobs/" + job, "{\"title\":\"stolen\"}",
                "/api/v1/candidates/" + cand, "{\"full_name\":\"stolen\"}",
                "/api/v1/applications/" + app, "{\"status\":\"hired\"}");
        resources.forEach((path, body) -> {
            assertThat(b.get(path).status()).as("GET " + path).isEqualTo(404);
            assertThat(patch(b, path, body).status()).as("PATCH " + path).isEqualTo(404);
            assertThat(b.delete(path).status()).as("DELETE " + path).isEqualTo(404);
            assertThat(a.get(path).status()).as("still there " + path).isEqualTo(200);
        });
        assertThat(a.get("/api/v1/jobs/" + job).json().path("title").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(a.get("/api/v1/applications/" + app).json().path("status").asString()).isEqualTo("sourced");

        assertThat(b.postJson("/api/v1/applications", "{\"job_id\":" + job + ",\"candidate_id\":" + bCand + "}")
                .status()).isEqualTo(404);
        assertThat(b.postJson("/api/v1/applications", "{\"job_id\":" + bJob + ",\"candidate_id\":" + cand + "}")
                .status()).isEqualTo(404);
        assertThat(b.get("/api/v1/jobs").json().path("total").asLong()).isEqualTo(1);
        assertThat(b.get("/api/v1/candidates").json().path("total").asLong()).isEqualTo(1);
        assertThat(b.get("/api/v1/applications?job_id=" + job).json().path("total").asLong()).isZero();

        String reply = b.postJson("/api/v1/agent/chat", Map.of("message", "summarize candidate " + cand)).json()
                .path("reply").asString();
        assertThat(reply).containsIgnoringCase("not found").doesNotContain("Jane");
        String pipeline = b.postJson("/api/v1/agent/chat", Map.of("message", "pipeline for job " + job)).json()
                .path("reply").asString();
        assertThat(pipeline).containsIgnoringCase("not found");
    }
}
