package dev.keel.api.approvals;

import static dev.keel.api.approvals.ApprovalFixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.ApprovalActivitiesImpl;
import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.activities.approvals.GovernanceActivitiesImpl;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.temporal.TaskQueues;
import dev.keel.workflows.approvals.ApprovalWorkflowImpl;
import dev.keel.workflows.approvals.GovernanceWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every approvals worker is gone while an approval is pending: deciding answers 503 within the bounded wait
 * (keel.approvals.update-wait, 10 s), a conflicting second decision is not a 200 either, and once a worker polls
 * again exactly one decision applies. It stops the shared context's workers, so the context is discarded after.
 */
@DirtiesContext
class ApprovalWithoutWorkerIT extends KeelApiTest {
    private static final Duration UPDATE_WAIT = Duration.ofSeconds(10);

    @Autowired
    ApprovalTestConfig.TestApprovalSettings settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkerFactory workerFactory;
    @Autowired
    WorkflowClient client;
    @Autowired
    ApprovalActivitiesImpl approvalActivities;
    @Autowired
    GovernanceActivitiesImpl governanceActivities;

    @Test
    void decidingWithoutAWorkerIs503AndExactlyOneDecisionAppliesOnceAWorkerPolls() throws Exception {
        try (FakeTelegramServer telegram = new FakeTelegramServer()) {
            settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), false, Duration.ofMinutes(15)));
            HttpTestClient org = ApprovalFixtures.org(http(), 21);
            long id = org.postJson("/approval/request", Map.of("phase_id", "PNOWORKER", "run_id", "R21"))
                    .json().path("approval_id").asLong();
            eventually(() -> telegram.calls("sendMessage").size() == 1 && runStatus(id).equals("waiting"),
                    Duration.ofSeconds(30));

            workerFactory.shutdownNow();
            workerFactory.awaitTermination(10, TimeUnit.SECONDS);

            long start = System.nanoTime();
            Response approve = org.postJson("/approval/" + id + "/decide", Map.of("approved", true, "user_id", "ann"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(approve.status()).as(approve.body()).isEqualTo(503);
            assertThat(took).isLessThan(UPDATE_WAIT.plusSeconds(5));
            assertThat(approve.detail()).contains("No worker answered within");

            Response reject = org.postJson("/approval/" + id + "/decide", Map.of("approved", false, "user_id", "bob"));
            assertThat(reject.status()).as(reject.body()).isIn(409, 503);
            assertThat(status(org, id)).isEqualTo("pending");

            WorkerFactory replacement = approvalsWorker();
            try {
                boolean applied = waitFor(() -> !status(org, id).equals("pending"), Duration.ofSeconds(30));
                if (!applied) {
                    // The server may drop updates nobody received; the caller was told to check and decide again.
                    Response again = org.postJson("/approval/" + id + "/decide", Map.of("approved", true, "user_id", "ann"));
                    assertThat(again.status()).as(again.body()).isIn(200, 409);
                }
                eventually(() -> !status(org, id).equals("pending"), Duration.ofSeconds(30));
                assertThat(status(org, id)).isIn("approved", "rejected");
                assertThat(decidedEvents(id)).isEqualTo(1);
                Response late = org.postJson("/approval/" + id + "/decide", Map.of("approved", false, "user_id", "cy"));
                assertThat(late.status()).isEqualTo(409);
                assertThat(decidedEvents(id)).isEqualTo(1);
            } finally {
                replacement.shutdownNow();
                settings.reset();
            }
        }
    }

    private WorkerFactory approvalsWorker() {
        WorkerFactory replacement = WorkerFactory.newInstance(client);
        Worker worker = replacement.newWorker(TaskQueues.APPROVALS);
        worker.registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class, GovernanceWorkflowImpl.class);
        worker.registerActivitiesImplementations(approvalActivities, governanceActivities);
        replacement.start();
        return replacement;
    }

    private String runStatus(long id) {
        return jdbc.sql("SELECT status FROM runs WHERE workflow_id = ?").param("approval-" + id)
                .query(String.class).optional().orElse("");
    }

    private long decidedEvents(long id) {
        return jdbc.sql("SELECT count(*) FROM run_events e JOIN runs r ON r.id = e.run_id WHERE r.workflow_id = ?"
                + " AND e.type = 'decided'").param("approval-" + id).query(Long.class).single();
    }

    private static String status(HttpTestClient org, long id) {
        return org.get("/approval/status/" + id).json().path("status").asString();
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
