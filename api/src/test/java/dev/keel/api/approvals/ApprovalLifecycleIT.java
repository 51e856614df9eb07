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

/**
 * Keel and Temporal agree on approvals: a terminate or cancel from the Temporal CLI shows in the API within
 * seconds, racing decisions get exactly one winner, and KeelOutcome says how each run ended.
 */
class ApprovalLifecycleIT extends KeelApiTest {
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
        return ApprovalFixtures.org(http(), 21);
    }

    private TemporalOperator operator() {
        return new TemporalOperator(temporalAddress, client);
    }

    private long request(String phase) {
        Response r = org().postJson("/approval/request", Map.of("phase_id", phase, "run_id", "R-life",
                "decision_info", Map.of("files", List.of("src/a.py"))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("approval_id").asLong();
    }

    private Response status(long id) {
        return org().get("/approval/status/" + id);
    }

    private List<String> pendingPhases() {
        return org().get("/approval/pending").json().path("requests").findValuesAsString("phase_id");
    }

    private Response run(long approvalId) {
        long runId = jdbc.sql("SELECT id FROM runs WHERE workflow_id = ?").param("approval-" + approvalId)
                .query(Long.class).single();
        return org().get("/api/runs/" + runId);
    }

    @Test
    void terminatedInTemporalBecomesCancelledWithTheReason() {
        long id = request("PL-TERM");
        assertThat(pendingPhases()).contains("PL-TERM");
        operator().terminate("approval-" + id, "operator test");

        eventually(() -> status(id).json().path("status").asString().equals("cancelled"), RECONCILED);
        assertThat(status(id).json().path("rejected_reason").asString()).contains("operator test");
        assertThat(pendingPhases()).doesNotContain("PL-TERM");
        Response decide = org().postJson("/approval/" + id + "/decide", Map.of("approved", true));
        assertThat(decide.status()).isEqualTo(409);
        assertThat(decide.detail()).isEqualTo("Approval request #" + id + " is already cancelled");
        Response run = run(id);
        assertThat(run.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(run.json().path("outcome").asString()).isEqualTo("terminated");
        assertThat(run.json().path("completed_at").isNull()).isFalse();
    }

    @Test
    void decidingATerminatedApprovalReconcilesAtOnce() {
        long id = request("PL-TERM2");
        operator().terminate("approval-" + id, "gone");
        Response decide = org().postJson("/approval/" + id + "/decide", Map.of("approved", true));
        assertThat(decide.status()).as(decide.body()).isEqualTo(409);
        assertThat(decide.detail()).isEqualTo("Approval request #" + id + " is already cancelled");
    }

    @Test
    void cancelledInTemporalIsRecordedByTheWorkflow() {
        long id = request("PL-CANCEL");
        operator().cancel("approval-" + id);

        eventually(() -> operator().describe("approval-" + id).getWorkflowExecutionInfo().getStatus()
                == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CANCELED, RECONCILED);
        Response s = status(id);
        assertThat(s.json().path("status").asString()).isEqualTo("cancelled");
        assertThat(s.json().path("rejected_reason").asString()).isEqualTo("Cancelled in Temporal");
        assertThat(operator().outcome("approval-" + id)).isEqualTo("cancelled");
        assertThat(pendingPhases()).doesNotContain("PL-CANCEL");
        assertThat(run(id).json().path("status").asString()).isEqualTo("cancelled");
        assertThat(run(id).json().path("outcome").asString()).isEqualTo("cancelled");
        assertThat(org().postJson("/approval/" + id + "/decide", Map.of("approved", true)).status()).isEqualTo(409);
    }

    @Test
    void racingDecisionsHaveExactlyOneWinner() {
        long id = request("PL-RACE");
        CompletableFuture<Response> approve = CompletableFuture.supplyAsync(() ->
                org().postJson("/approval/" + id + "/decide", Map.of("approved", true, "user_id", "ann")));
        CompletableFuture<Response> reject = CompletableFuture.supplyAsync(() ->
                org().postJson("/approval/" + id + "/decide", Map.of("approved", false, "user_id", "bob")));
        Response a = approve.join();
        Response b = reject.join();
        assertThat(List.of(a.status(), b.status())).containsExactlyInAnyOrder(200, 409);
        Response winner = a.status() == 200 ? a : b;
        Response loser = a.status() == 200 ? b : a;
        String won = winner == a ? "approved" : "rejected";
        assertThat(winner.json().path("status").asString()).isEqualTo(won);
        assertThat(winner.json().path("decided_by").asString()).startsWith("api_key:");
        assertThat(loser.detail()).isEqualTo("Approval request #" + id + " is already " + won);
        assertThat(status(id).json().path("status").asString()).isEqualTo(won);
        eventually(() -> won.equals(operator().outcome("approval-" + id)), Duration.ofSeconds(20));
        Response run = run(id);
        assertThat(run.json().path("status").asString()).isEqualTo("completed");
        assertThat(run.json().path("outcome").asString()).isEqualTo(won);
    }

    @Test
    void outcomesAreSearchableForTimeoutAndAutoApproval() {
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), false, Duration.ofSeconds(2)));
        long timedOut = request("PL-TIMEOUT");
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), true, Duration.ofMinutes(15)));
        long auto = request("PL-AUTO");
        eventually(() -> "timeout".equals(operator().outcome("approval-" + timedOut)), Duration.ofSeconds(30));
        eventually(() -> "approved".equals(operator().outcome("approval-" + auto)), Duration.ofSeconds(30));
        assertThat(run(timedOut).json().path("outcome").asString()).isEqualTo("timeout");
        assertThat(run(auto).json().path("status").asString()).isEqualTo("completed");
    }

    @Test
    void healthWarnsWhenNoHumanCanBeReached() {
        settings.set(c -> new dev.keel.platform.approvals.ApprovalConfig(false, "development", c.timeout(), false,
                null, null, c.apiBase(), null, 1000));
        assertThat(http().get("/health").json().path("warnings").get(0).asString())
                .startsWith("Approvals cannot reach a human");
        settings.reset();
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), false, Duration.ofMinutes(15)));
        assertThat(http().get("/health").json().path("warnings").size()).isZero();
    }
}
