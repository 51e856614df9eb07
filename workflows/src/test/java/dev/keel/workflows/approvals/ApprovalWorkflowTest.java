package dev.keel.workflows.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.CanceledFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;

@Timeout(60)
class ApprovalWorkflowTest {
    private static final long FIFTEEN_MINUTES = 15 * 60;

    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = OutcomeAttribute.registered(TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class)
            .setDoNotStart(true)).build();

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
    void updateAnswersTheRecordedOutcome(WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(1, 7, false, FIFTEEN_MINUTES, false));
        ApprovalOutcome answered = wf.decide(new Decision(true, "telegram", "telegram_@alice", null));
        assertThat(answered.status()).isEqualTo("approved");
        assertThat(answered.method()).isEqualTo("telegram");
        verify(activities, times(1)).recordOutcome(answered);
        assertThat(result(wf)).isEqualTo(answered);
        verify(activities, times(1)).sendTelegram(new ApprovalRef(1, 7));
        verify(activities, times(1)).announceOutcome(answered);
        assertThat(OutcomeAttribute.of(client, "approval-1")).isEqualTo("approved");
    }

    @Test
    void rejectsOnDashboardDecision(WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(2, 7, false, FIFTEEN_MINUTES, false));
        ApprovalOutcome outcome = wf.decide(new Decision(false, "dashboard", "bob", "too risky"));
        assertThat(outcome.status()).isEqualTo("rejected");
        assertThat(outcome.reason()).isEqualTo("too risky");
        result(wf);
        assertThat(OutcomeAttribute.of(client, "approval-2")).isEqualTo("rejected");
    }

    @Test
    void validatorRefusesASecondDecision(WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(5, 7, false, FIFTEEN_MINUTES, false));
        wf.decide(new Decision(false, "telegram", "telegram_@alice", null));
        assertThatThrownBy(() -> wf.decide(new Decision(true, "dashboard", "bob", null)))
                .isInstanceOf(WorkflowUpdateException.class)
                .cause().isInstanceOf(ApplicationFailure.class)
                // SDK 1.38 reports a validator's ApplicationFailure with its message but not its type.
                .satisfies(e -> assertThat(((ApplicationFailure) e).getOriginalMessage())
                        .isEqualTo("Approval request #5 is already rejected"));
        assertThat(result(wf).status()).isEqualTo("rejected");
        verify(activities, times(1)).recordOutcome(any());
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
        assertThat(OutcomeAttribute.of(client, "approval-3")).isEqualTo("timeout");
        boolean namedTimer = client.fetchHistory("approval-3").getEvents().stream()
                .filter(e -> e.hasTimerStartedEventAttributes())
                .anyMatch(e -> e.getUserMetadata().getSummary().getData().toStringUtf8()
                        .contains("approval timeout 15m -> reject"));
        assertThat(namedTimer).as("timer summary").isTrue();
    }

    @Test
    void timesOutWithConfiguredApprove(WorkflowClient client) {
        ApprovalOutcome outcome = result(start(client, new ApprovalInput(4, 7, false, FIFTEEN_MINUTES, true)));
        assertThat(outcome.status()).isEqualTo("timeout");
        assertThat(outcome.approved()).isTrue();
        assertThat(outcome.reason()).isEqualTo("Auto-approved after timeout");
    }

    @Test
    void decisionAfterTimeoutIsRefused(TestWorkflowEnvironment env, WorkflowClient client) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Mockito.doAnswer(inv -> release.await(30, TimeUnit.SECONDS)).when(activities).announceOutcome(any());
        ApprovalWorkflow wf = start(client, new ApprovalInput(6, 7, false, 60, false));
        env.sleep(Duration.ofSeconds(61));
        assertThat(wf.getStatus().status()).isEqualTo("timeout");
        assertThatThrownBy(() -> wf.decide(new Decision(true, "telegram", "telegram_@late", null)))
                .isInstanceOf(WorkflowUpdateException.class)
                .cause().hasMessageContaining("Approval request #6 is already timeout");
        release.countDown();
        assertThat(result(wf).approved()).isFalse();
        verify(activities, times(1)).recordOutcome(any());
    }

    @Test
    void cancelRecordsCancelledAndEndsCancelled(TestWorkflowEnvironment env, WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(10, 7, false, FIFTEEN_MINUTES, false));
        env.sleep(Duration.ofSeconds(1));
        WorkflowStub.fromTyped(wf).cancel();
        assertThatThrownBy(() -> result(wf)).isInstanceOf(WorkflowFailedException.class)
                .cause().isInstanceOf(CanceledFailure.class);
        verify(activities).recordOutcome(Mockito.argThat(o -> o.status().equals("cancelled")));
        verify(activities).announceOutcome(Mockito.argThat(o -> o.status().equals("cancelled")));
        assertThat(OutcomeAttribute.of(client, "approval-10")).isEqualTo("cancelled");
        assertThatThrownBy(() -> wf.decide(new Decision(true, "dashboard", "bob", null)))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void queryAndDetailsReportWaitingThenDecided(TestWorkflowEnvironment env, WorkflowClient client) {
        ApprovalWorkflow wf = start(client, new ApprovalInput(7, 7, false, FIFTEEN_MINUTES, false));
        assertThat(wf.awaitTelegram()).isEqualTo(new TelegramReceipt(true, 501L, null));
        ApprovalState pending = wf.getStatus();
        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.telegramMessageId()).isEqualTo(501L);
        String details = WorkflowStub.fromTyped(wf).query("__temporal_workflow_metadata",
                io.temporal.api.sdk.v1.WorkflowMetadata.class).getCurrentDetails();
        assertThat(details).matches("Waiting for a human since \\d\\d:\\d\\d UTC, auto-reject at \\d\\d:\\d\\d UTC;"
                + " Telegram: sent \\(message 501\\)");
        wf.decide(new Decision(true, "dashboard", "bob", null));
        result(wf);
        assertThat(wf.getStatus().status()).isEqualTo("approved");
        assertThat(wf.getStatus().method()).isEqualTo("dashboard");
    }

    @Test
    void detailsWarnWhenTelegramIsNotConfigured(TestWorkflowEnvironment env, WorkflowClient client) {
        when(activities.sendTelegram(any())).thenReturn(new TelegramReceipt(false, null, TelegramReceipt.NOT_CONFIGURED));
        ApprovalWorkflow wf = start(client, new ApprovalInput(11, 7, false, FIFTEEN_MINUTES, false));
        assertThat(wf.awaitTelegram().notConfigured()).isTrue();
        String details = WorkflowStub.fromTyped(wf).query("__temporal_workflow_metadata",
                io.temporal.api.sdk.v1.WorkflowMetadata.class).getCurrentDetails();
        assertThat(details).contains("Telegram NOT sent: not configured (set TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID)")
                .contains(ApprovalWarnings.UNREACHABLE);
    }

    @Test
    void autoApprovedRecordsWithoutTelegram(WorkflowClient client) {
        ApprovalOutcome outcome = result(start(client, new ApprovalInput(8, 7, true, FIFTEEN_MINUTES, false)));
        assertThat(outcome.method()).isEqualTo("auto");
        assertThat(outcome.reason()).isEqualTo(ApprovalWorkflowImpl.AUTO_REASON);
        verify(activities, never()).sendTelegram(any());
        assertThat(OutcomeAttribute.of(client, "approval-8")).isEqualTo("approved");
    }

    @Test
    void failingTelegramDoesNotBlockTheTimeout(WorkflowClient client) {
        when(activities.sendTelegram(any())).thenThrow(ApplicationFailure
                .newNonRetryableFailure("bad chat", "UPSTREAM_REJECTED"));
        ApprovalOutcome outcome = result(start(client, new ApprovalInput(9, 7, false, FIFTEEN_MINUTES, false)));
        assertThat(outcome.status()).isEqualTo("timeout");
        verify(activities, never()).announceOutcome(any());
    }
}
