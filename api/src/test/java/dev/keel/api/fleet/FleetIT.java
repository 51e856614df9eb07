package dev.keel.api.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.pluto.scoring.FakePlutoLlmServer;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.pluto.scoring.PlutoCsv;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import io.temporal.worker.WorkerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * Keel on a fleet: this context is the API only (its workers are stopped), three worker processes share its
 * PostgreSQL and Temporal dev server under a fleet-wide cap of 16 LLM calls. During a 2,000-row pipeline one worker
 * is killed (SIGKILL), then, with the two others running, the database refuses every connection for 6 s (its
 * backends terminated, ALLOW_CONNECTIONS false: the embedded server cannot be restarted under a running context). The run
 * completes exactly once, the fake LLM never sees more than 16 calls, and no LLM attempt is spent on a fault.
 */
@DirtiesContext
class FleetIT extends KeelApiTest {
    static final int ROWS = 2_000;
    static final int CAP = 16;

    @Autowired
    WorkerFactory workers;
    @Autowired
    Environment env;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestChatModelSettings settings;

    @Test
    void aFleetScoresOnceUnderOneCapThroughAWorkerKillAndADatabaseFault() throws Exception {
        Assumptions.assumeTrue(FleetWorkers.jarBuilt(), "SKIPPED: no packaged jar (run through `mvn verify`)");
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
        try (FakePlutoLlmServer llm = new FakePlutoLlmServer();
             FleetWorkers fleet = new FleetWorkers(env, Map.of("KEEL_LLM_BASE_URL", llm.baseUrl(),
                     "KEEL_LLM_API_KEY", "test-key", "KEEL_LLM_MAX_CONCURRENCY", String.valueOf(CAP),
                     "SPRING_DATASOURCE_HIKARI_CONNECTION_TIMEOUT", "5000"))) {
            llm.delay(name -> 100);
            settings.use(llm.baseUrl(), "test-key", null);
            Process first = fleet.start("first");
            fleet.start("second");
            fleet.start("third");
            for (String name : List.of("first", "second", "third")) {
                awaitStarted(fleet, name, Duration.ofMinutes(3));
            }
            HttpTestClient http = http().bearer(TestUsers.register(http(), "fleet").accessToken());
            var response = PlutoCsv.upload(http, PlutoCsv.rows(ROWS, "Fleet"));
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            String runId = response.json().path("run_id").asString();

            awaitScored(http, runId, 200, Duration.ofMinutes(5));
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            JsonNode atFault = awaitScored(http, runId, 900, Duration.ofMinutes(4));
            System.out.println("FleetIT: killed one of three workers at 200 scored; database fault at "
                    + atFault.path("candidates_scored").asInt() + " scored, two workers running");
            refuseConnectionsFor(Duration.ofSeconds(6));

            JsonNode done = PlutoCsv.awaitStatus(http, runId, Duration.ofMinutes(5), "complete", "failed");
            assertThat(done.path("status").asString()).isEqualTo("complete");
            Map<String, Object> rows = jdbc.sql("""
                            SELECT count(*) AS n, count(DISTINCT row_number) AS distinct_rows,
                                   count(*) FILTER (WHERE ai_status = 'scored') AS scored,
                                   count(*) FILTER (WHERE enrichment_source = 'llm') AS extracted_by_llm,
                                   coalesce(sum(ai_failures), 0) AS ai_failures,
                                   coalesce(sum(extract_failures), 0) AS extract_failures
                            FROM pluto_candidates WHERE run_id = ?""")
                    .param(UUID.fromString(runId)).query().singleRow();
            System.out.println("FleetIT: " + rows + "; LLM calls " + llm.totalCalls() + ", max in flight "
                    + llm.maxInFlight());
            System.out.println("FleetIT: LLM failures by error " + jdbc.sql("""
                    SELECT ai_error, count(*) AS n FROM pluto_candidates WHERE run_id = ? AND ai_failures > 0
                    GROUP BY ai_error""").param(UUID.fromString(runId)).query().listOfRows());
            assertThat(rows).containsEntry("n", (long) ROWS).containsEntry("distinct_rows", (long) ROWS)
                    .containsEntry("scored", (long) ROWS).containsEntry("extracted_by_llm", (long) ROWS);
            assertThat(((Number) rows.get("ai_failures")).longValue()).as("LLM attempts spent on faults").isZero();
            assertThat(((Number) rows.get("extract_failures")).longValue()).isZero();
            assertThat(llm.maxInFlight()).as("LLM calls in flight at the provider").isLessThanOrEqualTo(CAP);
            for (int i = 1; i <= ROWS; i++) {
                assertThat(llm.calls("score", "Fleet " + i)).as("row %d", i).isBetween(1, 2);
            }
        }
    }

    /** Every backend of the database is terminated and new connections refused, then allowed again. */
    private void refuseConnectionsFor(Duration outage) throws Exception {
        String url = env.getRequiredProperty("spring.datasource.url");
        String database = jdbc.sql("SELECT current_database()").query(String.class).single();
        // from another database: PostgreSQL refuses to disallow connections to the one it is connected to
        String adminUrl = url.replaceFirst("/" + database + "(\\?|$)", "/template1$1");
        try (Connection admin = DriverManager.getConnection(adminUrl, env.getProperty("spring.datasource.username",
                "postgres"), env.getProperty("spring.datasource.password", ""));
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS false");
            sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            Thread.sleep(outage.toMillis());
            sql.execute("ALTER DATABASE \"" + database + "\" ALLOW_CONNECTIONS true");
        }
    }

    private static void awaitStarted(FleetWorkers fleet, String name, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!fleet.log(name).contains("Started Keel")) {
            assertThat(System.nanoTime()).as(name + " did not start").isLessThan(deadline);
            PlutoCsv.sleep(200);
        }
    }

    private JsonNode awaitScored(HttpTestClient http, String runId, int atLeast, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode status = http.get("/api/pluto/status?run_id=" + runId).json();
            if (status.path("candidates_scored").asInt() >= atLeast) {
                return status;
            }
            PlutoCsv.sleep(100);
        }
        throw new AssertionError("the fleet never scored " + atLeast + " candidates");
    }
}
