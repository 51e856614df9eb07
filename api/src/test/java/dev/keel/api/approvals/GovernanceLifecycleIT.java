package dev.keel.api.approvals;

import dev.keel.api.support.TemporalOperator;
import static dev.keel.api.approvals.ApprovalFixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Governance requests follow Temporal: terminate and cancel from the CLI, racing decisions, KeelOutcome. */
class GovernanceLifecycleIT extends KeelApiTest {
    private static final Duration RECONCILED = Duration.ofSeconds(90);
    private static FakeTelegramServer telegram;

    @Autowired
    ApprovalTestConfig.TestApprovalSettings settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkflowClient client;
    @Value("${spring.temporal.connection.target}")
    String temporalAddress;

    @BeforeAll
    static void startTelegram() throws Exception {
        telegram = new FakeTelegramServer();
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @BeforeEach
    void setUp() {
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), false, Duration.ofMinutes(15)));
    }

    @AfterEach
    void tearDown() {
        settings.reset();
    }

    private HttpTestClient org() {
        return ApprovalFixtures.org(http(), 22);
    }

    private TemporalOperator operator() {
        return new TemporalOperator(temporalAddress, client);
    }

    private String create() {
        Response r = org().postJson("/governance/request", Map.of("run_id", "R-gov", "phase_id", "P-gov",
                "requested_paths", List.of("src/autopack/governed_apply.py"), "lines_changed", 5));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("request_id").asString();
    }

    private List<String> pending() {
        return org().get("/governance/pending").json().path("pending_requests").findValuesAsString("request_id");
    }

    private Response decide(String id, boolean approved, String user) {
        return org().post("/governance/approve/" + id + "?approved=" + approved + "&user_id=" + user, null, "");
    }

    private Response run(String id) {
        long runId = jdbc.sql("SELECT id FROM runs WHERE workflow_id = ?").param("governance-" + id)
                .query(Long.class).single();
        return org().get("/api/runs/" + runId);
    }

    @Test
    void terminatedInTemporalBecomesCancelled() {
        String id = create();
        assertThat(pending()).contains(id);
        operator().terminate("governance-" + id, "operator test");
        eventually(() -> !pending().contains(id), RECONCILED);
        assertThat(jdbc.sql("SELECT closed_status || ': ' || closed_reason FROM governance_requests"
                + " WHERE request_id = ?").param(id).query(String.class).single())
                .startsWith("cancelled: ").contains("operator test");
        Response refused = decide(id, true, "human");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).isEqualTo("Governance request " + id + " is already cancelled");
        assertThat(run(id).json().path("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void cancelledInTemporalIsRecordedByTheWorkflow() {
        String id = create();
        operator().cancel("governance-" + id);
        eventually(() -> operator().describe("governance-" + id).getWorkflowExecutionInfo().getStatus()
                == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED, RECONCILED);
        assertThat(pending()).doesNotContain(id);
        assertThat(operator().outcome("governance-" + id)).isEqualTo("cancelled");
        assertThat(jdbc.sql("SELECT closed_reason FROM governance_requests WHERE request_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Cancelled in Temporal");
        assertThat(run(id).json().path("outcome").asString()).isEqualTo("cancelled");
    }

    @Test
    void racingDecisionsHaveExactlyOneWinner() {
        String id = create();
        CompletableFuture<Response> approve = CompletableFuture.supplyAsync(() -> decide(id, true, "ann"));
        CompletableFuture<Response> deny = CompletableFuture.supplyAsync(() -> decide(id, false, "bob"));
        Response a = approve.join();
        Response b = deny.join();
        assertThat(List.of(a.status(), b.status())).containsExactlyInAnyOrder(200, 409);
        boolean approvedWon = a.status() == 200;
        Response winner = approvedWon ? a : b;
        assertThat(winner.json().path("status").asString()).isEqualTo(approvedWon ? "approved" : "denied");
        assertThat(winner.json().path("message").asString()).contains(" by api_key:");
        assertThat((approvedWon ? b : a).detail()).isEqualTo("Governance request " + id + " is already "
                + (approvedWon ? "approved" : "denied"));
        String outcome = approvedWon ? "approved" : "rejected";
        eventually(() -> outcome.equals(operator().outcome("governance-" + id)), Duration.ofSeconds(20));
        assertThat(run(id).json().path("outcome").asString()).isEqualTo(outcome);
    }
}
