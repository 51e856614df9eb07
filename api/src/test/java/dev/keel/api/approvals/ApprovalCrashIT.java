package dev.keel.api.approvals;

import static dev.keel.api.approvals.ApprovalFixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.ApprovalActivitiesImpl;
import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.activities.approvals.GovernanceActivitiesImpl;
import dev.keel.api.support.KeelApiTest;
import dev.keel.temporal.TaskQueues;
import dev.keel.workflows.approvals.ApprovalWorkflowImpl;
import dev.keel.workflows.approvals.GovernanceWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A worker dies after the Telegram message was sent and its id stored, before the activity completed (its
 * thread is held and never reports). A new worker retries the activity after the 15 s start-to-close timeout:
 * no second message, and one decision.
 * It stops the shared context's workers, so the context is discarded afterwards.
 */
@DirtiesContext
class ApprovalCrashIT extends KeelApiTest {
    static final CountDownLatch STORED = new CountDownLatch(1);
    static final CountDownLatch HOLD = new CountDownLatch(1);
    private static FakeTelegramServer telegram;

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

    @AfterAll
    static void stop() {
        HOLD.countDown();
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void resumesAfterWorkerCrashWithOneMessageAndOneDecision() throws Exception {
        telegram = new FakeTelegramServer();
        // Holds the first send attempt in the window between storing the message id and completing.
        ApprovalTestConfig.sendHook = (key, messageId) -> {
            if (STORED.getCount() > 0) {
                STORED.countDown();
                // A dead worker never reports: ignore the shutdown's interrupts, then fail instead of completing.
                while (HOLD.getCount() > 0) {
                    try {
                        HOLD.await(60, TimeUnit.SECONDS);
                    } catch (InterruptedException ignored) {
                        // keep holding
                    }
                }
                throw new IllegalStateException("simulated dead worker");
            }
        };
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), false, Duration.ofMinutes(15)));
        var r = ApprovalFixtures.org(http(), 7).postJson("/approval/request", Map.of("phase_id", "PCRASH",
                "run_id", "R1"));
        long id = r.json().path("approval_id").asLong();
        assertThat(STORED.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(telegram.calls("sendMessage")).hasSize(1);

        workerFactory.shutdownNow();
        workerFactory.awaitTermination(10, TimeUnit.SECONDS);
        WorkerFactory replacement = WorkerFactory.newInstance(client);
        Worker worker = replacement.newWorker(TaskQueues.APPROVALS);
        worker.registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class, GovernanceWorkflowImpl.class);
        worker.registerActivitiesImplementations(approvalActivities, governanceActivities);
        replacement.start();
        try {
            eventually(() -> jdbc.sql("SELECT count(*) FROM run_events e JOIN runs r ON r.id = e.run_id"
                    + " WHERE r.workflow_id = ?").param("approval-" + id).query(Long.class).single() >= 2,
                    Duration.ofSeconds(10));
            var decide = ApprovalFixtures.org(http(), 7).postJson("/approval/" + id + "/decide",
                    Map.of("approved", true, "user_id", "ops"));
            assertThat(decide.json().path("status").asString()).isEqualTo("approved");
            eventually(() -> telegram.calls("editMessageText").size() == 1, Duration.ofSeconds(60));
            assertThat(telegram.calls("sendMessage")).hasSize(1);
            boolean retried = client.fetchHistory("approval-" + id).getEvents().stream()
                    .filter(e -> e.hasActivityTaskStartedEventAttributes())
                    .anyMatch(e -> e.getActivityTaskStartedEventAttributes().getAttempt() > 1);
            assertThat(retried).as("send activity retried on the new worker").isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM run_events e JOIN runs r ON r.id = e.run_id WHERE"
                    + " r.workflow_id = ? AND e.type IN ('decided', 'telegram_sent')").param("approval-" + id)
                    .query(Long.class).single()).isEqualTo(2);
        } finally {
            HOLD.countDown();
            ApprovalTestConfig.sendHook = (key, messageId) -> { };
            replacement.shutdownNow();
            settings.reset();
        }
    }
}
