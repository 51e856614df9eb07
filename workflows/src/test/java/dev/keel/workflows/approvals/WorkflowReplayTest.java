package dev.keel.workflows.approvals;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Replays committed histories against the current workflow code, so a change that breaks running workflows
 * fails here. approval-decided and governance-timeout were recorded before the "approval-lifecycle" /
 * "governance-lifecycle" versions (signal decisions, untyped timer): they must keep replaying. A history whose
 * file is missing is recorded from the current code on the next run; delete a file to re-record it, never
 * re-record the pre-version ones.
 */
class WorkflowReplayTest {
    private static final Path DIR = Path.of("src/test/resources/histories");

    @Test
    void approvalDecidedBySignalBeforeVersioningReplays() throws Exception {
        replay("approval-decided.json", ApprovalWorkflowImpl.class);
    }

    @Test
    void governanceTimeoutBeforeVersioningReplays() throws Exception {
        replay("governance-timeout.json", GovernanceWorkflowImpl.class);
    }

    @Test
    void approvalDecidedByUpdateReplays() throws Exception {
        recordIfMissing("approval-update-decided.json", client -> {
            ApprovalWorkflow wf = client.newWorkflowStub(ApprovalWorkflow.class, options("approval-2"));
            WorkflowClient.start(wf::run, new ApprovalInput(2, 7, false, 900, false));
            wf.awaitTelegram();
            wf.decide(new Decision(true, "telegram", "telegram_@alice", null));
            return WorkflowStub.fromTyped(wf);
        });
        replay("approval-update-decided.json", ApprovalWorkflowImpl.class);
    }

    @Test
    void approvalCancelledReplays() throws Exception {
        recordIfMissing("approval-cancelled.json", client -> {
            ApprovalWorkflow wf = client.newWorkflowStub(ApprovalWorkflow.class, options("approval-3"));
            WorkflowClient.start(wf::run, new ApprovalInput(3, 7, false, 900, false));
            wf.awaitTelegram();
            WorkflowStub.fromTyped(wf).cancel();
            return WorkflowStub.fromTyped(wf);
        });
        replay("approval-cancelled.json", ApprovalWorkflowImpl.class);
    }

    @Test
    void approvalTimeoutWithOutcomeReplays() throws Exception {
        recordIfMissing("approval-timeout.json", client -> {
            ApprovalWorkflow wf = client.newWorkflowStub(ApprovalWorkflow.class, options("approval-4"));
            WorkflowClient.start(wf::run, new ApprovalInput(4, 7, false, 900, false));
            return WorkflowStub.fromTyped(wf);
        });
        replay("approval-timeout.json", ApprovalWorkflowImpl.class);
    }

    @Test
    void governanceDecidedByUpdateReplays() throws Exception {
        recordIfMissing("governance-update-decided.json", client -> {
            GovernanceWorkflow wf = client.newWorkflowStub(GovernanceWorkflow.class, options("governance-cd34ef56"));
            WorkflowClient.start(wf::run, new GovernanceInput("cd34ef56", 7, false, 900, false));
            wf.decide(new Decision(false, "dashboard", "human", null));
            return WorkflowStub.fromTyped(wf);
        });
        replay("governance-update-decided.json", GovernanceWorkflowImpl.class);
    }

    @Test
    void governanceCancelledReplays() throws Exception {
        recordIfMissing("governance-cancelled.json", client -> {
            GovernanceWorkflow wf = client.newWorkflowStub(GovernanceWorkflow.class, options("governance-ef56ab12"));
            WorkflowClient.start(wf::run, new GovernanceInput("ef56ab12", 7, false, 900, false));
            WorkflowStub stub = WorkflowStub.fromTyped(wf);
            stub.query("getStatus", GovernanceState.class);
            stub.cancel();
            return stub;
        });
        replay("governance-cancelled.json", GovernanceWorkflowImpl.class);
    }

    private static void replay(String file, Class<?> workflow) throws Exception {
        WorkflowReplayer.replayWorkflowExecution(Files.readString(DIR.resolve(file)), workflow);
    }

    private static WorkflowOptions options(String id) {
        return WorkflowOptions.newBuilder().setTaskQueue("replay").setWorkflowId(id).build();
    }

    private static void recordIfMissing(String file, Function<WorkflowClient, WorkflowStub> run) throws Exception {
        if (Files.exists(DIR.resolve(file))) {
            return;
        }
        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
            env.registerSearchAttribute("KeelOutcome", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
            Worker worker = env.newWorker("replay");
            worker.registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class, GovernanceWorkflowImpl.class);
            ApprovalActivities approvals = mock(ApprovalActivities.class, withSettings().withoutAnnotations());
            when(approvals.sendTelegram(any())).thenReturn(new TelegramReceipt(true, 501L, null));
            when(approvals.recordOutcome(any())).thenReturn(true);
            GovernanceActivities governance = mock(GovernanceActivities.class, withSettings().withoutAnnotations());
            when(governance.sendTelegram(any())).thenReturn(new TelegramReceipt(true, 502L, null));
            when(governance.recordOutcome(any())).thenReturn(true);
            when(governance.recordCancelled(any())).thenReturn(true);
            worker.registerActivitiesImplementations(approvals, governance);
            env.start();
            WorkflowStub stub = run.apply(env.getWorkflowClient());
            env.sleep(Duration.ofSeconds(1));
            try {
                stub.getResult(Object.class);
            } catch (RuntimeException expectedForCancelled) {
                // a cancelled run ends Cancelled; its history is what we record
            }
            String json = env.getWorkflowClient().fetchHistory(stub.getExecution().getWorkflowId()).toJson(true);
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(file), json);
        }
    }
}
