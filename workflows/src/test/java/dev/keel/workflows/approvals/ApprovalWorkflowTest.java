package dev.keel.workflows.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(60)
class ApprovalWorkflowTest {
    private static final long FIFTEEN_MINUTES = 15 * 60;

    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class)
            .setDoNotStart(true)
            .build();

    private ApprovalActivities activities;
    private static String taskQueue;

    @BeforeEach
    void setUp(TestWorkflowEnvironment env, Worker worker) {
        activities = mock(ApprovalActivities.class, withSettings().withoutAnnotations());
        when(activities.sendTelegram(any())).thenReturn(new TelegramReceipt(true, 501L, null));
        when(activities.recordOutcome(any())).thenReturn(true);
        worker.registerActivitiesImplementations(activities);
        taskQueue = worker.getTaskQueue();
        env.start();
    }

    private static ApprovalWorkflow start(WorkflowClient client, ApprovalInput input) {
        ApprovalWorkflow wf = client.newWorkflowStub(ApprovalWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue).setWorkflowId("approval-" + input.approvalId()).build());
        WorkflowClient.start(wf::run, input);
        return wf;
    }

    private static ApprovalOutcome result(ApprovalWorkflow wf) {
        return WorkflowStub.fromTyped(wf).getResult(ApprovalOutcome.class);
    }

    @Test
    void approvesOnTelegramDecision(WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(1, 7, false, FIFTEEN_MINUTES, false));
        wf.decide(new Decision(true, "telegram", "telegram_@alice", null));
        ApprovalOutcome outcome = result(wf);
        assertThat(outcome.status()).isEqualTo("approved");
        assertThat(outcome.method()).isEqualTo("telegram");
        verify(activities, times(1)).sendTelegram(new ApprovalRef(1, 7));
        verify(activities, times(1)).recordOutcome(outcome);
        verify(activities, times(1)).announceOutcome(outcome);
    }

    @Test
    void rejectsOnDashboardDecision(WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(2, 7, false, FIFTEEN_MINUTES, false));
        wf.decide(new Decision(false, "dashboard", "bob", "too risky"));
        ApprovalOutcome outcome = result(wf);
        assertThat(outcome.status()).isEqualTo("rejected");
        assertThat(outcome.reason()).isEqualTo("too risky");
    }

    @Test
    void timesOutAfterFifteenMinutesWithDefaultReject(TestWorkflowEnvironment env, WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(3, 7, false, FIFTEEN_MINUTES, false));
        long before = env.currentTimeMillis();
        ApprovalOutcome outcome = result(wf);
        assertThat(env.currentTimeMillis() - before).isGreaterThanOrEqualTo(Duration.ofMinutes(15).toMillis());
        assertThat(outcome.status()).isEqualTo("timeout");
        assertThat(outcome.approved()).isFalse();
        assertThat(outcome.method()).isEqualTo("timeout");
        assertThat(outcome.reason()).isEqualTo("Auto-rejected after timeout");
    }

    @Test
    void timesOutWithConfiguredApprove(WorkflowClient client) {
        ApprovalOutcome outcome = result(start(client, new ApprovalInput(4, 7, false, FIFTEEN_MINUTES, true)));
        assertThat(outcome.status()).isEqualTo("timeout");
        assertThat(outcome.approved()).isTrue();
        assertThat(outcome.reason()).isEqualTo("Auto-approved after timeout");
    }

    @Test
    void firstDecisionWins(WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(5, 7, false, FIFTEEN_MINUTES, false));
        wf.decide(new Decision(false, "telegram", "telegram_@alice", null));
        wf.decide(new Decision(true, "dashboard", "bob", null));
        ApprovalOutcome outcome = result(wf);
        assertThat(outcome.status()).isEqualTo("rejected");
        verify(activities, times(1)).recordOutcome(any());
    }

    @Test
    void decisionAfterTimeoutIsIgnored(TestWorkflowEnvironment env, WorkflowClient client) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.mockito.Mockito.doAnswer(inv -> release.await(30, java.util.concurrent.TimeUnit.SECONDS))
                .when(activities).announceOutcome(any());
        ApprovalWorkflow wf = start(client, new ApprovalInput(6, 7, false, 60, false));
        env.sleep(Duration.ofSeconds(61));
        assertThat(wf.getStatus().status()).isEqualTo("timeout");
        wf.decide(new Decision(true, "telegram", "telegram_@late", null));
        release.countDown();
        ApprovalOutcome outcome = result(wf);
        assertThat(outcome.status()).isEqualTo("timeout");
        assertThat(outcome.approved()).isFalse();
        verify(activities, times(1)).recordOutcome(any());
    }

    @Test
    void queryReportsPendingThenDecided(TestWorkflowEnvironment env, WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(7, 7, false, FIFTEEN_MINUTES, false));
        env.sleep(Duration.ofSeconds(1));
        ApprovalState pending = wf.getStatus();
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.telegramSent()).isTrue();
        assertThat(pending.telegramMessageId()).isEqualTo(501L);
        wf.decide(new Decision(true, "dashboard", "bob", null));
        result(wf);
        assertThat(wf.getStatus().status()).isEqualTo("approved");
        assertThat(wf.getStatus().method()).isEqualTo("dashboard");
    }

    @Test
    void autoApprovedRecordsWithoutTelegram(WorkflowClient client) {
        ApprovalOutcome outcome = result(start(client, new ApprovalInput(8, 7, true, FIFTEEN_MINUTES, false)));
        assertThat(outcome.method()).isEqualTo("auto");
        assertThat(outcome.reason()).isEqualTo(ApprovalWorkflowImpl.AUTO_REASON);
        verify(activities, never()).sendTelegram(any());
    }

    @Test
    void failingTelegramDoesNotBlockTheTimeout(WorkflowClient client) {
        when(activities.sendTelegram(any())).thenThrow(io.temporal.failure.ApplicationFailure
                .newNonRetryableFailure("bad chat", "UPSTREAM_REJECTED"));
        ApprovalOutcome outcome = result(start(client, new ApprovalInput(9, 7, false, FIFTEEN_MINUTES, false)));
        assertThat(outcome.status()).isEqualTo("timeout");
        verify(activities, never()).announceOutcome(any());
    }
}
