package dev.keel.api.studio.runs;

import static dev.keel.api.studio.runs.StudioFixtures.data;
import static dev.keel.api.studio.runs.StudioFixtures.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.studio.runs.FakeStreamingProvider.Script;
import dev.keel.api.studio.runs.StudioFixtures.StudioUser;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.SseStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Benchmark runs end to end: real app, Temporal dev server and PostgreSQL, two fake OpenAI-compatible streaming
 * providers over real HTTP. The stream, the metrics, skipped tiers, failed calls, warm-ups, reconnection, history,
 * analytics, exports, cancel, limits, and that another user sees none of it.
 */
class StudioBenchmarkIT extends KeelApiTest {
    private static FakeStreamingProvider fast;
    private static FakeStreamingProvider limited;


    @BeforeAll
    static void providers() throws Exception {
        fast = new FakeStreamingProvider()
                .script("m-fast", Script.stream(80, 10, 12))
                .script("m-small", Script.stream(30, 5, 8))
                .script("m-slow", Script.stream(300, 200, 10));
        limited = new FakeStreamingProvider().script("m-limited", Script.error(429));
    }

    @AfterAll
    static void stop() {
        fast.close();
        limited.close();
    }

    private StudioUser userWithModels() {
        StudioUser user = StudioFixtures.register(http(), "studio");
        StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("p1", fast.baseUrl(), "m-fast", 128000), "sk-p1");
        StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("p1", fast.baseUrl(), "m-small", 4000), "sk-p1");
        StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("p1", fast.baseUrl(), "m-slow", 128000), "sk-p1");
        StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("p2", limited.baseUrl(), "m-limited", 128000),
                "sk-p2");
        return user;
    }

    @Test
    void benchmarkStreamsEveryEventRecordsResultsAndServesHistoryAnalyticsAndExports() throws Exception {
        StudioUser user = userWithModels();
        int fastRequestsBefore = fast.requests("m-fast");
        SseStream stream = StudioFixtures.post(http(), user.token(), Map.of(
                "models", List.of("m-fast", "m-small"), "targets", List.of(Map.of("provider_key", "p2",
                        "model_id", "m-limited")), "runs", 2, "max_tokens", 64, "context_tiers", List.of(0, 5000),
                "prompt", "=HYPERLINK(\"x\")"));
        assertThat(stream.response().statusCode()).isEqualTo(200);
        assertThat(stream.response().headers().firstValue("X-Accel-Buffering")).contains("no");
        stream.awaitEnd(Duration.ofSeconds(120));
        List<JsonNode> events = data(stream);
        String runId = stream.response().headers().firstValue("X-Run-Id").orElseThrow();

        // m-fast 2 tiers + m-small tier 0 (5000 does not fit 4000) + m-limited 2 tiers = 5 steps x 2 runs
        List<JsonNode> results = ofType(events, "result");
        assertThat(results).hasSize(10);
        assertThat(ofType(events, "progress")).hasSize(10);
        assertThat(ofType(events, "progress").stream().map(p -> p.path("current").asInt()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(ofType(events, "progress").get(0).path("total").asInt()).isEqualTo(10);
        List<JsonNode> skipped = ofType(events, "skipped");
        assertThat(skipped).hasSize(1);
        assertThat(skipped.get(0).path("model_id").asString()).isEqualTo("m-small");
        assertThat(skipped.get(0).path("reason").asString()).isEqualTo("5K exceeds 4K context window");
        JsonNode complete = events.get(events.size() - 1);
        assertThat(complete.path("type").asString()).isEqualTo("complete");
        assertThat(complete.path("run_id").asString()).isEqualTo(runId);
        Set<String> ids = stream.events().stream().map(SseStream.Event::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(stream.events().size());

        JsonNode fastRun = results.stream().filter(r -> r.path("model_id").asString().equals("m-fast")
                && r.path("context_tokens").asInt() == 0).findFirst().orElseThrow();
        assertThat(fastRun.path("success").asBoolean()).isTrue();
        assertThat(fastRun.path("output_tokens").asInt()).isEqualTo(12);
        assertThat(fastRun.path("input_tokens").asInt()).isEqualTo(42);
        assertThat(fastRun.path("ttft_ms").asDouble()).isBetween(75.0, 400.0);
        assertThat(fastRun.path("itl_ms").asDouble()).isBetween(8.0, 60.0);
        assertThat(fastRun.path("cost").asDouble()).isEqualTo(0.000066);    // 42 x 1e-6 + 12 x 2e-6
        List<JsonNode> failed = results.stream().filter(r -> r.path("model_id").asString().equals("m-limited")).toList();
        assertThat(failed).hasSize(4).allSatisfy(r -> {
            assertThat(r.path("success").asBoolean()).isFalse();
            assertThat(r.path("error").asString()).startsWith("[rate_limited]");
        });
        assertThat(limited.requests("m-limited")).isEqualTo(5);              // one warm-up + 4 runs, no retry storm
        assertThat(fast.requests("m-fast") - fastRequestsBefore).isEqualTo(5);
        assertThat(fast.lastAuthorization()).isEqualTo("Bearer sk-p1");

        // reconnect after event 3: the rest, each once
        SseStream again = StudioFixtures.reopen(http(), user.token(), runId, "3").awaitEnd(Duration.ofSeconds(30));
        assertThat(again.events()).hasSize(stream.events().size() - 3);
        assertThat(again.events().get(0).id()).isEqualTo("4");

        HttpTestClient me = http().bearer(user.token());
        JsonNode history = me.get("/api/history").json();
        assertThat(history.path("runs")).hasSize(1);
        assertThat(history.path("runs").get(0).path("status").asString()).isEqualTo("completed");
        assertThat(history.path("runs").get(0).path("results")).hasSize(10);
        JsonNode detail = me.get("/api/history/" + runId).json();
        assertThat(detail.path("user_id").asLong()).isEqualTo(user.id());
        assertThat(detail.path("config").path("runs").asInt()).isEqualTo(2);
        JsonNode fastSummary = java.util.stream.StreamSupport.stream(detail.path("summary").spliterator(), false)
                .filter(a -> a.path("model_id").asString().equals("m-fast") && a.path("context_tokens").asInt() == 0)
                .findFirst().orElseThrow();
        assertThat(fastSummary.path("success_count").asInt()).isEqualTo(2);
        assertThat(fastSummary.path("confidence_level").asString()).isIn("low", "medium", "high");

        JsonNode board = me.get("/api/analytics/leaderboard?period=7d").json();
        assertThat(board.path("models")).hasSize(2);                          // m-limited never succeeded
        assertThat(board.path("models").get(0).path("model_id").asString()).isEqualTo("m-small");
        assertThat(me.get("/api/analytics/leaderboard?period=1y").status()).isEqualTo(422);
        JsonNode compare = me.get("/api/analytics/compare?models=m-fast,m-small&context_tokens=0").json();
        JsonNode speed = compare.path("comparison").path("metrics").get(0);
        assertThat(speed.path("metric").asString()).isEqualTo("output_speed_tps");
        assertThat(speed.path("n_a").asInt()).isEqualTo(2);
        assertThat(speed.has("ci_low")).isTrue();
        JsonNode trends = me.get("/api/analytics/trends?models=m-fast&metric=ttft").json();
        assertThat(trends.path("series").get(0).path("points")).hasSize(1);
        assertThat(me.get("/api/analytics/trends").status()).isEqualTo(422);

        HttpTestClient.Response csv = me.get("/api/export/history");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("timestamp,prompt,model,provider,model_id").contains("'=HYPERLINK");
        assertThat(csv.body().lines().count()).isEqualTo(11);
        HttpTestClient.Response boardCsv = me.get("/api/export/leaderboard?period=all");
        assertThat(boardCsv.header("Content-Disposition")).contains("leaderboard_benchmark_all.csv");
        assertThat(boardCsv.body()).startsWith("rank,model");
        JsonNode export = me.get("/api/export/run/" + runId).json();
        assertThat(export.path("results")).hasSize(10);

        // another organization's user sees none of it
        StudioUser other = StudioFixtures.register(http(), "studio-other");
        HttpTestClient them = http().bearer(other.token());
        assertThat(them.get("/api/history/" + runId).status()).isEqualTo(404);
        assertThat(them.get("/api/export/run/" + runId).status()).isEqualTo(404);
        assertThat(them.get("/api/benchmark/" + runId + "/events").status()).isEqualTo(404);
        assertThat(them.delete("/api/history/" + runId).status()).isEqualTo(404);
        assertThat(them.get("/api/history").json().path("runs")).isEmpty();
        assertThat(them.get("/api/analytics/leaderboard").json().path("models")).isEmpty();
        assertThat(them.get("/api/analytics/compare?runs=" + runId + "," + runId + "x").status()).isEqualTo(404);
        assertThat(them.get("/api/export/history").body().lines().count()).isEqualTo(1);
        assertThat(them.get("/api/admin/users/" + user.id() + "/rate-limit").status()).isEqualTo(404);
        assertThat(them.postJson("/api/benchmark/cancel", Map.of("run_id", runId)).json().path("run_id").isNull())
                .isTrue();

        assertThat(me.delete("/api/history/" + runId).status()).isEqualTo(200);
        assertThat(me.get("/api/history/" + runId).status()).isEqualTo(404);
    }

    @Test
    void oneActiveRunPerUserAndCancelKeepsPartialResults() throws Exception {
        StudioUser user = userWithModels();
        SseStream stream = StudioFixtures.post(http(), user.token(), Map.of("models", List.of("m-slow"), "runs", 5,
                "warmup", false));
        HttpTestClient me = http().bearer(user.token());
        Thread.sleep(4000);
        HttpTestClient.Response second = me.postJson("/api/benchmark", Map.of("models", List.of("m-fast")));
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.detail()).isEqualTo("Benchmark already running");
        JsonNode cancelled = me.postJson("/api/benchmark/cancel", "{}").json();
        assertThat(cancelled.path("message").asString()).isEqualTo("Cancellation requested");
        stream.awaitEnd(Duration.ofSeconds(60));
        List<JsonNode> events = data(stream);
        assertThat(events.get(events.size() - 1).path("type").asString()).isEqualTo("cancelled");
        int kept = ofType(events, "result").size();
        assertThat(kept).isBetween(1, 4);
        String runId = cancelled.path("run_id").asString();
        JsonNode run = me.get("/api/history/" + runId).json();
        assertThat(run.path("status").asString()).isEqualTo("cancelled");
        assertThat(run.path("results")).hasSize(kept);
    }

    @Test
    void limitsAreReportedSetByAdminsAndEnforced() {
        StudioUser user = userWithModels();
        HttpTestClient me = http().bearer(user.token());
        JsonNode status = me.get("/api/user/rate-limit").json();
        assertThat(status.path("limit").asInt()).isEqualTo(2000);
        assertThat(status.path("remaining").asInt()).isEqualTo(2000);
        assertThat(status.path("window").asString()).isEqualTo("1 hour");

        // the registering user administers their organization
        HttpTestClient.Response put = me.put("/api/admin/users/" + user.id() + "/rate-limit",
                Map.of("benchmarks_per_hour", 1, "max_runs_per_benchmark", 2));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(me.get("/api/admin/users/" + user.id() + "/rate-limit").json().path("max_runs_per_benchmark")
                .asInt()).isEqualTo(2);
        assertThat(me.put("/api/admin/users/" + user.id() + "/rate-limit", Map.of("max_concurrent", 0)).status())
                .isEqualTo(422);

        HttpTestClient.Response tooMany = me.postJson("/api/benchmark", Map.of("models", List.of("m-fast"), "runs", 3));
        assertThat(tooMany.status()).isEqualTo(429);
        SseStream first = StudioFixtures.post(http(), user.token(), Map.of("models", List.of("m-small"), "runs", 1,
                "warmup", false));
        assertThat(first.response().statusCode()).isEqualTo(200);
        assertThat(me.get("/api/user/rate-limit").json().path("remaining").asInt()).isZero();
    }

    @Test
    void badRequestsAreRefusedWithADetail() {
        StudioUser user = userWithModels();
        HttpTestClient me = http().bearer(user.token());
        assertThat(me.postJson("/api/benchmark", Map.of("models", List.of())).status()).isEqualTo(422);
        HttpTestClient.Response unknown = me.postJson("/api/benchmark", Map.of("models", List.of("gpt-nope")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.detail()).contains("gpt-nope");
        assertThat(me.postJson("/api/benchmark", Map.of("models", List.of("m-fast"), "runs", 0)).status())
                .isEqualTo(422);
        assertThat(me.postJson("/api/benchmark", Map.of("models", List.of(5))).status()).isEqualTo(422);
        assertThat(me.postJson("/api/benchmark", Map.of("models", List.of("m-fast"), "temperature", 3)).status())
                .isEqualTo(422);
        assertThat(me.get("/api/history/does-not-exist").status()).isEqualTo(404);
        assertThat(me.get("/api/history").json().path("runs")).isEmpty();
    }
}
