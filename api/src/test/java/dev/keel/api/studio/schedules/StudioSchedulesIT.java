package dev.keel.api.studio.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.api.approvals.ApprovalTestConfig;
import dev.keel.api.studio.runs.FakeStreamingProvider;
import dev.keel.api.studio.runs.FakeStreamingProvider.Script;
import dev.keel.api.studio.runs.StudioFixtures;
import dev.keel.api.studio.runs.StudioFixtures.StudioUser;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.workflows.studio.schedules.BenchmarkSchedules;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.ScheduleDescription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Scheduled benchmarks against the real Temporal dev server's Schedules API and a fake OpenAI-compatible streaming
 * provider: CRUD, tenant isolation, pause/resume and delete as Temporal describes them, a trigger that runs a
 * benchmark, a regression alert, and a schedule whose studio row is gone stopping itself.
 */
class StudioSchedulesIT extends KeelApiTest {
    private static FakeStreamingProvider provider;
    private static FakeTelegramServer telegram;

    @Autowired
    WorkflowClient client;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApprovalTestConfig.TestApprovalSettings settings;

    @BeforeAll
    static void providers() throws Exception {
        // the second call of m-sched is ten times slower to its first token: the injected regression
        provider = new FakeStreamingProvider()
                .script("m-sched", n -> n == 1 ? Script.stream(30, 5, 10) : Script.stream(300, 5, 10))
                .script("m-crud", Script.stream(10, 1, 3));
        telegram = new FakeTelegramServer();
    }

    @AfterAll
    static void stop() {
        provider.close();
        telegram.close();
    }

    private StudioUser user(String model) {
        StudioUser user = StudioFixtures.register(http(), "sched");
        StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("p1", provider.baseUrl(), model, 128000), "sk-1");
        return user;
    }

    private ScheduleDescription describe(String temporalId) {
        return BenchmarkSchedules.client(client).getHandle(temporalId).describe();
    }

    @Test
    void crudIsTenantIsolatedAndDrivesTheTemporalSchedule() {
        StudioUser a = user("m-crud");
        StudioUser b = user("m-crud");
        HttpTestClient asA = http().bearer(a.token());
        HttpTestClient asB = http().bearer(b.token());

        HttpTestClient.Response created = asA.postJson("/api/schedules", Map.of("name", "Nightly Speed Check",
                "prompt", "Say hi", "models", List.of("m-crud"), "interval_hours", 24));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().path("id").asString();
        HttpTestClient.Response cron = asA.postJson("/api/schedules", Map.of("name", "Weekdays", "prompt", "Hi",
                "models", List.of("m-crud"), "cron", "0 3 * * 1-5", "alert_threshold_pct", 10));
        assertThat(cron.status()).as(cron.body()).isEqualTo(200);

        JsonNode list = asA.get("/api/schedules").json().path("schedules");
        assertThat(list).hasSize(2);
        JsonNode nightly = list.get(0);
        String temporalId = nightly.path("temporal_schedule_id").asString();
        assertThat(temporalId).isEqualTo("studio-schedule-nightly-speed-check-" + id);
        assertThat(nightly.path("enabled").asInt()).isEqualTo(1);
        assertThat(nightly.path("alert_threshold_pct").asDouble()).isEqualTo(25.0);
        assertThat(Instant.parse(nightly.path("next_run").asString())).isAfter(Instant.now());
        assertThat(list.get(1).path("cron").asString()).isEqualTo("0 3 * * 1-5");

        ScheduleDescription described = describe(temporalId);
        assertThat(described.getSchedule().getState().isPaused()).isFalse();
        assertThat(described.getSchedule().getPolicy().getOverlap())
                .isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
        assertThat(described.getSchedule().getSpec().getIntervals().get(0).getEvery()).isEqualTo(Duration.ofHours(24));
        assertThat(described.getMemo("name", String.class)).isEqualTo("Nightly Speed Check");
        ScheduleDescription cronDescribed = describe(list.get(1).path("temporal_schedule_id").asString());
        assertCron(cronDescribed, 3);

        // another user sees none of it
        assertThat(asB.get("/api/schedules").json().path("schedules")).isEmpty();
        assertThat(asB.put("/api/schedules/" + id, Map.of("enabled", false)).status()).isEqualTo(404);
        assertThat(asB.delete("/api/schedules/" + id).status()).isEqualTo(404);
        assertThat(asB.postJson("/api/schedules/" + id + "/trigger", Map.of()).status()).isEqualTo(404);
        assertThat(asB.get("/api/schedules/" + id + "/alerts").status()).isEqualTo(404);

        // bad input changes nothing
        assertThat(asA.postJson("/api/schedules", Map.of("name", "x", "prompt", "p", "models", List.of("m"),
                "interval_hours", 2, "cron", "@daily")).status()).isEqualTo(422);
        assertThat(asA.postJson("/api/schedules", Map.of("prompt", "p", "models", List.of("m"),
                "interval_hours", 2)).status()).isEqualTo(422);
        assertThat(asA.postJson("/api/schedules", Map.of("name", "x", "prompt", "p", "models", List.of("m"),
                "interval_hours", 0)).status()).isEqualTo(422);
        HttpTestClient.Response badCron = asA.postJson("/api/schedules", Map.of("name", "x", "prompt", "p",
                "models", List.of("m"), "cron", "0 25 * * *"));
        assertThat(badCron.status()).as(badCron.body()).isEqualTo(422);
        assertThat(asA.get("/api/schedules").json().path("schedules")).hasSize(2);

        // pause, resume, change to cron
        assertThat(asA.put("/api/schedules/" + id, Map.of("enabled", false)).status()).isEqualTo(200);
        assertThat(describe(temporalId).getSchedule().getState().isPaused()).isTrue();
        assertThat(asA.get("/api/schedules").json().path("schedules").get(0).path("enabled").asInt()).isZero();
        HttpTestClient.Response resumed = asA.put("/api/schedules/" + id, Map.of("enabled", true,
                "cron", "30 6 * * *", "name", "Renamed"));
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        ScheduleDescription after = describe(temporalId);
        assertThat(after.getSchedule().getState().isPaused()).isFalse();
        assertCron(after, 6);
        JsonNode renamed = asA.get("/api/schedules").json().path("schedules").get(0);
        assertThat(renamed.path("name").asString()).isEqualTo("Renamed");
        assertThat(renamed.path("interval_hours").isNull()).isTrue();

        // a Temporal Schedule deleted by hand comes back with the next change
        BenchmarkSchedules.client(client).getHandle(temporalId).delete();
        assertThat(asA.put("/api/schedules/" + id, Map.of("enabled", false)).status()).isEqualTo(200);
        assertThat(describe(temporalId).getSchedule().getState().isPaused()).isTrue();

        // delete removes the Temporal Schedule
        assertThat(asA.delete("/api/schedules/" + id).status()).isEqualTo(200);
        assertThatThrownBy(() -> describe(temporalId)).isInstanceOf(Exception.class);
        assertThat(asA.get("/api/schedules").json().path("schedules")).hasSize(1);
        assertThat(asA.delete("/api/schedules/" + id).status()).isEqualTo(404);
    }

    @Test
    void triggerRunsTheBenchmarkAndASlowerRunRaisesAnAlert() throws Exception {
        StudioUser user = user("m-sched");
        HttpTestClient asUser = http().bearer(user.token());
        HttpTestClient.Response created = asUser.postJson("/api/schedules", Map.of("name", "Regression watch",
                "prompt", "Count to ten", "models", List.of("m-sched"), "interval_hours", 720, "max_tokens", 32));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        String id = created.json().path("id").asString();
        String temporalId = asUser.get("/api/schedules").json().path("schedules").get(0)
                .path("temporal_schedule_id").asString();

        HttpTestClient.Response triggered = asUser.postJson("/api/schedules/" + id + "/trigger", Map.of());
        assertThat(triggered.status()).as(triggered.body()).isEqualTo(200);
        assertThat(triggered.json().path("message").asString()).isEqualTo("Benchmark triggered");
        awaitIdleWithCompletedRuns(temporalId, id, 1);

        Map<String, Object> run = jdbc.sql("SELECT id, runs, warmup, context_tiers::text AS tiers,"
                        + " metadata->>'source' AS source, metadata->>'schedule_name' AS name, user_id"
                        + " FROM studio_runs WHERE metadata->>'schedule_id' = ?").param(id).query().singleRow();
        assertThat(run).containsEntry("runs", 1).containsEntry("warmup", false).containsEntry("tiers", "[0]")
                .containsEntry("source", "schedule").containsEntry("name", "Regression watch")
                .containsEntry("user_id", user.id());
        assertThat(provider.requests("m-sched")).isEqualTo(1);
        assertThat(asUser.get("/api/history/" + run.get("id")).status()).isEqualTo(200);
        assertThat(asUser.get("/api/schedules/" + id + "/alerts").json().path("alerts")).isEmpty();

        settings.set(c -> new ApprovalConfig(c.autoApprove(), c.environment(), c.timeout(), c.approveOnTimeout(),
                "42:TEST", "777", telegram.base(), null, 1000));
        try {
            asUser.postJson("/api/schedules/" + id + "/trigger", Map.of());
            awaitIdleWithCompletedRuns(temporalId, id, 2);
        } finally {
            settings.reset();
        }
        assertThat(provider.requests("m-sched")).isEqualTo(2);
        JsonNode alerts = asUser.get("/api/schedules/" + id + "/alerts").json().path("alerts");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).path("metric").asString()).isEqualTo("ttft_ms");
        assertThat(alerts.get(0).path("model_id").asString()).isEqualTo("m-sched");
        assertThat(alerts.get(0).path("change_pct").asDouble()).isGreaterThan(100);
        List<FakeTelegramServer.Call> sent = telegram.calls("sendMessage");
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).body().path("text").asString()).contains("Regression watch", "m-sched", "ttft_ms");
        assertThat(asUser.get("/api/schedules").json().path("schedules").get(0).path("last_run").isNull()).isFalse();
    }

    @Test
    void aScheduleWhoseStudioRowIsGoneDeletesItsTemporalSchedule() throws Exception {
        StudioUser user = user("m-crud");
        HttpTestClient.Response created = http().bearer(user.token()).postJson("/api/schedules", Map.of(
                "name", "Orphan", "prompt", "p", "models", List.of("m-crud"), "interval_hours", 720));
        String id = created.json().path("id").asString();
        String temporalId = http().bearer(user.token()).get("/api/schedules").json().path("schedules").get(0)
                .path("temporal_schedule_id").asString();
        // as when the owner is deleted (the row cascades with the user)
        jdbc.sql("DELETE FROM studio_schedules WHERE id = ?").param(id).update();
        BenchmarkSchedules.client(client).getHandle(temporalId).trigger();
        await(() -> {
            try {
                describe(temporalId);
                return false;
            } catch (RuntimeException e) {
                return true;
            }
        });
        assertThat(jdbc.sql("SELECT count(*) FROM studio_runs WHERE metadata->>'schedule_id' = ?").param(id)
                .query(Integer.class).single()).isZero();
    }

    /** Temporal compiles a cron expression into a structured calendar. */
    private static void assertCron(ScheduleDescription described, int hour) {
        var spec = described.getSchedule().getSpec();
        assertThat(spec.getIntervals()).isEmpty();
        assertThat(spec.getCalendars()).hasSize(1);
        assertThat(spec.getCalendars().get(0).getHour().get(0).getStart()).isEqualTo(hour);
    }

    private void awaitIdleWithCompletedRuns(String temporalId, String scheduleId, int completed) throws Exception {
        await(() -> jdbc.sql("SELECT count(*) FROM studio_runs WHERE metadata->>'schedule_id' = ?"
                        + " AND status = 'completed'").param(scheduleId).query(Integer.class).single() >= completed
                && describe(temporalId).getInfo().getRunningActions().isEmpty()
                && describe(temporalId).getInfo().getNumActions() >= completed);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 90 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
