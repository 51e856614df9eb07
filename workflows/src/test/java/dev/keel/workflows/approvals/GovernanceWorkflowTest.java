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
import io.temporal.client.WorkflowUpdateException;
import io.temporal.failure.CanceledFailure;
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
class GovernanceWorkflowTest {
    private static final long FIFTEEN_MINUTES = 15 * 60;

    @RegisterExtension
    static final TestWorkflowExtension TEMPORAL = OutcomeAttribute.registered(TestWorkflowExtension.newBuilder()
            .registerWorkflowImplementationTypes(GovernanceWorkflowImpl.class)
            .setDoNotStart(true)).build();

    private GovernanceActivities activities;
    private static String taskQueue;

    @BeforeEach
    void setUp(TestWorkflowEnvironment env, Worker worker) {
        activities = mock(GovernanceActivities.class, withSettings().withoutAnnotations());
        when(activities.sendTelegram(any())).thenReturn(new TelegramReceipt(true, 77L, null));
        when(activities.recordOutcome(any())).thenReturn(true);
        worker.registerActivitiesImplementations(activities);
        taskQueue = worker.getTaskQueue();
        env.start();
    }

    private static GovernanceWorkflow start(WorkflowClient client, GovernanceInput input) {
        GovernanceWorkflow wf = client.newWorkflowStub(GovernanceWorkflow.class, WorkflowOptions.newBuilder()
                .setTaskQueue(taskQueue).setWorkflowId("governance-" + input.requestId()).build());
        WorkflowClient.start(wf::run, input);
        return wf;
    }

    private static GovernanceOutcome result(GovernanceWorkflow wf) {
        return WorkflowStub.fromTyped(wf).getResult(GovernanceOutcome.class);
    }

    @Test
    void approvesOnDecision(WorkflowClient client) {
        GovernanceWorkflow wf = start(client, new GovernanceInput("a1", 7, false, FIFTEEN_MINUTES, false));
        GovernanceOutcome answered = wf.decide(new Decision(true, "telegram", "telegram_@alice", null));
        GovernanceOutcome outcome = result(wf);
        assertThat(answered).isEqualTo(outcome);
        assertThat(OutcomeAttribute.of(client, "governance-a1")).isEqualTo("approved");
        assertThat(outcome.approved()).isTrue();
        assertThat(outcome.approvedBy()).isEqualTo("telegram_@alice");
        verify(activities).sendTelegram(new GovernanceRef("a1", 7));
        verify(activities).announceOutcome(outcome);
    }

    @Test
    void deniesOnDecision(WorkflowClient client) {
        GovernanceWorkflow wf = start(client, new GovernanceInput("a2", 7, false, FIFTEEN_MINUTES, false));
        wf.decide(new Decision(false, "dashboard", "human", null));
        assertThat(result(wf).approved()).isFalse();
        assertThat(wf.getStatus().status()).isEqualTo("denied");
        assertThat(OutcomeAttribute.of(client, "governance-a2")).isEqualTo("rejected");
    }

    @Test
    void timeoutAppliesDefaultRejectAfterFifteenMinutes(TestWorkflowEnvironment env, WorkflowClient client) {
        long before = env.currentTimeMillis();
        GovernanceOutcome outcome = result(start(client, new GovernanceInput("a3", 7, false, FIFTEEN_MINUTES, false)));
        assertThat(env.currentTimeMillis() - before).isGreaterThanOrEqualTo(Duration.ofMinutes(15).toMillis());
        assertThat(outcome.approved()).isFalse();
        assertThat(outcome.approvedBy()).isEqualTo("timeout");
        assertThat(OutcomeAttribute.of(client, "governance-a3")).isEqualTo("timeout");
    }

    @Test
    void timeoutAppliesConfiguredApprove(WorkflowClient client) {
        GovernanceOutcome outcome = result(start(client, new GovernanceInput("a4", 7, false, FIFTEEN_MINUTES, true)));
        assertThat(outcome.approved()).isTrue();
        assertThat(outcome.approvedBy()).isEqualTo("timeout");
    }

    @Test
    void firstDecisionWins(WorkflowClient client) {
        GovernanceWorkflow wf = start(client, new GovernanceInput("a5", 7, false, FIFTEEN_MINUTES, false));
        wf.decide(new Decision(true, "telegram", "telegram_@alice", null));
        assertThatThrownBy(() -> wf.decide(new Decision(false, "dashboard", "bob", null)))
                .isInstanceOf(WorkflowUpdateException.class)
                .cause().hasMessageContaining("Governance request a5 is already approved");
        assertThat(result(wf).approved()).isTrue();
        verify(activities, times(1)).recordOutcome(any());
    }

    @Test
    void decisionAfterTimeoutIsIgnored(TestWorkflowEnvironment env, WorkflowClient client) throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        org.mockito.Mockito.doAnswer(inv -> release.await(30, java.util.concurrent.TimeUnit.SECONDS))
                .when(activities).announceOutcome(any());
        GovernanceWorkflow wf = start(client, new GovernanceInput("a6", 7, false, 60, false));
        env.sleep(Duration.ofSeconds(61));
        assertThat(wf.getStatus().status()).isEqualTo("denied");
        assertThatThrownBy(() -> wf.decide(new Decision(true, "telegram", "telegram_@late", null)))
                .isInstanceOf(WorkflowUpdateException.class);
        release.countDown();
        GovernanceOutcome outcome = result(wf);
        assertThat(outcome.approvedBy()).isEqualTo("timeout");
        assertThat(outcome.approved()).isFalse();
        verify(activities, times(1)).recordOutcome(any());
    }

    @Test
    void cancelRecordsCancelledAndEndsCancelled(TestWorkflowEnvironment env, WorkflowClient client) {
        GovernanceWorkflow wf = start(client, new GovernanceInput("a9", 7, false, FIFTEEN_MINUTES, false));
        env.sleep(Duration.ofSeconds(1));
        WorkflowStub.fromTyped(wf).cancel();
        assertThatThrownBy(() -> result(wf)).isInstanceOf(WorkflowFailedException.class)
                .cause().isInstanceOf(CanceledFailure.class);
        verify(activities).recordCancelled(new GovernanceRef("a9", 7));
        verify(activities).announceOutcome(any());
        assertThat(OutcomeAttribute.of(client, "governance-a9")).isEqualTo("cancelled");
        assertThat(wf.getStatus().status()).isEqualTo("cancelled");
    }

    @Test
    void autoApprovedSkipsTelegram(WorkflowClient client) {
        GovernanceOutcome outcome = result(start(client, new GovernanceInput("a7", 7, true, FIFTEEN_MINUTES, false)));
        assertThat(outcome.approvedBy()).isEqualTo("auto");
        verify(activities, never()).sendTelegram(any());
        assertThat(OutcomeAttribute.of(client, "governance-a7")).isEqualTo("approved");
    }

    @Test
    void queryReportsPending(TestWorkflowEnvironment env, WorkflowClient client) {
        GovernanceWorkflow wf = start(client, new GovernanceInput("a8", 7, false, FIFTEEN_MINUTES, false));
        env.sleep(Duration.ofSeconds(1));
        assertThat(wf.getStatus().status()).isEqualTo("pending");
        wf.decide(new Decision(true, "dashboard", "human", null));
        result(wf);
        assertThat(wf.getStatus()).isEqualTo(new GovernanceState("approved", "human"));
    }
}
