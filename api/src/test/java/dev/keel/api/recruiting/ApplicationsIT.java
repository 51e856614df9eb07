package dev.keel.api.recruiting;

import static dev.keel.api.recruiting.JobsIT.fieldNames;
import static dev.keel.api.recruiting.JobsIT.patch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApplicationsIT extends KeelApiTest {
    @Test
    void createsApplicationWithTheSeedShapeAndRejectsDuplicates() {
        TestUser user = TestUsers.register(http(), "apps");
        HttpTestClient http = http().bearer(user.accessToken());
        long job = http.postJson("/api/v1/jobs", SeedExamples.JOB).json().path("id").asLong();
        long cand = http.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        Response created = http.postJson("/api/v1/applications", "{\"job_id\":" + job + ",\"candidate_id\":" + cand
                + ",\"status\":\"sourced\",\"source\":\"manual\",\"fit_score\":85}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode a = created.json();
        assertThat(fieldNames(a)).containsExactly("id", "org_id", "job_id", "candidate_id", "status", "source",
                "fit_score");
        assertThat(a.path("org_id").asLong()).isEqualTo(user.orgId());
        assertThat(a.path("job_id").asLong()).isEqualTo(job);
        assertThat(a.path("candidate_id").asLong()).isEqualTo(cand);
        assertThat(a.path("status").asString()).isEqualTo("sourced");
        assertThat(a.path("source").asString()).isEqualTo("manual");
        assertThat(a.path("fit_score").asInt()).isEqualTo(85);

        Response duplicate = http.postJson("/api/v1/applications", "{\"job_id\":" + job + ",\"candidate_id\":" + cand + "}");
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.detail()).contains("already exists");

        long id = a.path("id").asLong();
        JsonNode list = http.get("/api/v1/applications?job_id=" + job).json();
        assertThat(list.path("total").asLong()).isEqualTo(1);
        assertThat(list.path("items").get(0)).isEqualTo(a);
        assertThat(http.get("/api/v1/applications?candidate_id=" + (cand + 1000)).json().path("total").asLong()).isZero();

        Response patched = patch(http, "/api/v1/applications/" + id, "{\"status\":\"screening\",\"fit_score\":null}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().path("status").asString()).isEqualTo("screening");
        assertThat(patched.json().path("fit_score").isNull()).isTrue();
        assertThat(patched.json().path("source").asString()).isEqualTo("manual");
        assertThat(patch(http, "/api/v1/applications/" + id, "{\"status\":\"ghosted\"}").status()).isEqualTo(422);
        assertThat(patch(http, "/api/v1/applications/" + id, "{\"fit_score\":101}").status()).isEqualTo(422);

        assertThat(http.delete("/api/v1/jobs/" + job).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/applications/" + id).status()).as("cascaded with the job").isEqualTo(404);
    }

    @Test
    void defaultsAndValidation() {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "apps-bad").accessToken());
        long job = http.postJson("/api/v1/jobs", "{\"title\":\"A\"}").json().path("id").asLong();
        long cand = http.postJson("/api/v1/candidates", "{\"full_name\":\"B\"}").json().path("id").asLong();
        String pair = "\"job_id\":" + job + ",\"candidate_id\":" + cand;
        for (String body : List.of("{\"candidate_id\":" + cand + "}", "{\"job_id\":\"x\",\"candidate_id\":1}",
                "{" + pair + ",\"fit_score\":101}", "{" + pair + ",\"fit_score\":-1}",
                "{" + pair + ",\"status\":\"maybe\"}", "{" + pair + ",\"source\":null}")) {
            assertThat(http.postJson("/api/v1/applications", body).status()).as(body).isEqualTo(422);
        }
        assertThat(http.postJson("/api/v1/applications", "{\"job_id\":" + (job + 100000) + ",\"candidate_id\":"
                + cand + "}").status()).isEqualTo(404);
        JsonNode a = http.postJson("/api/v1/applications", "{" + pair + "}").json();
        assertThat(a.path("status").asString()).isEqualTo("sourced");
        assertThat(a.path("source").asString()).isEqualTo("manual");
        assertThat(a.path("fit_score").isNull()).isTrue();
        assertThat(http.delete("/api/v1/candidates/" + cand).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/applications").json().path("total").asLong()).isZero();
    }

    @Test
    void concurrentDuplicateCreatesYieldOneApplicationAndFourHundreds() throws Exception {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "apps-race").accessToken());
        long job = http.postJson("/api/v1/jobs", "{\"title\":\"A\"}").json().path("id").asLong();
        long cand = http.postJson("/api/v1/candidates", "{\"full_name\":\"B\"}").json().path("id").asLong();
        String body = "{\"job_id\":" + job + ",\"candidate_id\":" + cand + "}";
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Integer> call = () -> {
                start.await();
                return http.postJson("/api/v1/applications", body).status();
            };
            results.add(pool.submit(call));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 400);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
        assertThat(http.get("/api/v1/applications?job_id=" + job).json().path("total").asLong()).isEqualTo(1);
    }
}
