package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.recruiting.Fixtures;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every workflow kind the API starts cheaply shows up in {@code /api/runs}, in the shared status vocabulary. */
class RunKindsIT extends KeelApiTest {

    @Test
    void everyStartedKindIsListedInTheRunIndex() throws InterruptedException {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "kinds").accessToken());

        Response job = http.postJson("/api/v1/agent/jobs/from_prompt",
                Map.of("prompt", "Senior Backend Engineer in NYC with Python and PostgreSQL"));
        assertThat(job.status()).as(job.body()).isEqualTo(200);
        Response candidate = Multipart.upload(http, "/api/v1/agent/candidates/from_resume", "resume",
                "jane_doe_resume.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Fixtures.docx(Fixtures.RESUME), null);
        assertThat(candidate.status()).as(candidate.body()).isEqualTo(200);
        Response approval = http.postJson("/approval/request", Map.of("phase_id", "kinds", "run_id", "R1"));
        assertThat(approval.status()).as(approval.body()).isEqualTo(200);

        assertListed(http, "recruiting-job", "completed");
        assertListed(http, "recruiting-candidate", "completed");
        assertListed(http, "approval", "completed");
        JsonNode embeddings = http.get("/api/runs?kind=recruiting-embedding").json();
        for (int i = 0; i < 150 && embeddings.path("total").asLong() == 0; i++) {
            Thread.sleep(100); // the embedding outbox dispatcher starts batches on its own interval, paced by load
            embeddings = http.get("/api/runs?kind=recruiting-embedding").json();
        }
        assertThat(embeddings.path("total").asLong()).as("the profiles' embedding batches").isBetween(1L, 2L);
        assertThat(http.get("/api/runs").json().path("total").asLong())
                .isEqualTo(3 + embeddings.path("total").asLong());
    }

    /** The run closes when its workflow records the outcome, a moment after the API answered. */
    private static void assertListed(HttpTestClient http, String kind, String status) throws InterruptedException {
        JsonNode page = http.get("/api/runs?kind=" + kind).json();
        for (int i = 0; i < 100 && !status.equals(page.path("items").path(0).path("status").asString()); i++) {
            Thread.sleep(100);
            page = http.get("/api/runs?kind=" + kind).json();
        }
        assertThat(page.path("total").asLong()).as(kind).isEqualTo(1);
        JsonNode run = page.path("items").get(0);
        assertThat(run.path("kind").asString()).isEqualTo(kind);
        assertThat(run.path("status").asString()).as(kind + " " + run).isEqualTo(status);
        assertThat(run.path("workflow_id").asString()).startsWith(kind.equals("approval") ? "approval-" : kind + "-");
    }
}
