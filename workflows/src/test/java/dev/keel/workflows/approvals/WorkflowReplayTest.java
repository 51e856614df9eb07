package dev.keel.workflows.approvals;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.WorkflowReplayer;
import io.temporal.worker.Worker;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Replays committed histories against the current workflow code, so a change that breaks running workflows
 * fails here. Re-record (before changing a workflow, then guard the change with Workflow.getVersion) with
 * {@code -Drecord.histories=true}.
 */
class WorkflowReplayTest {
    private static final Path DIR = Path.of("src/test/resources/histories");

    @Test
    void approvalWorkflowReplays() throws Exception {
        if (Boolean.getBoolean("record.histories")) {
            record("approval-decided.json", client -> {
                ApprovalWorkflow wf = client.newWorkflowStub(ApprovalWorkflow.class, options("approval-1"));
                WorkflowClient.start(wf::run, new ApprovalInput(1, 7, false, 900, false));
                wf.decide(new Decision(true, "telegram", "telegram_@alice", null));
                wf.decide(new Decision(false, "dashboard", "bob", null));
                return WorkflowStub.fromTyped(wf);
            });
        }
        WorkflowReplayer.replayWorkflowExecution(Files.readString(DIR.resolve("approval-decided.json")),
                ApprovalWorkflowImpl.class);
    }

    @Test
    void governanceWorkflowReplays() throws Exception {
        if (Boolean.getBoolean("record.histories")) {
            record("governance-timeout.json", client -> {
                GovernanceWorkflow wf = client.newWorkflowStub(GovernanceWorkflow.class, options("governance-ab12cd34"));
                WorkflowClient.start(wf::run, new GovernanceInput("ab12cd34", 7, false, 900, false));
                return WorkflowStub.fromTyped(wf);
            });
        }
        WorkflowReplayer.replayWorkflowExecution(Files.readString(DIR.resolve("governance-timeout.json")),
                GovernanceWorkflowImpl.class);
    }

    private static WorkflowOptions options(String id) {
        return WorkflowOptions.newBuilder().setTaskQueue("replay").setWorkflowId(id).build();
    }

    private static void record(String file, java.util.function.Function<WorkflowClient, WorkflowStub> run)
            throws Exception {
        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
            Worker worker = env.newWorker("replay");
            worker.registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class, GovernanceWorkflowImpl.class);
            ApprovalActivities approvals = mock(ApprovalActivities.class, withSettings().withoutAnnotations());
            when(approvals.sendTelegram(any())).thenReturn(new TelegramReceipt(true, 501L, null));
            when(approvals.recordOutcome(any())).thenReturn(true);
            GovernanceActivities governance = mock(GovernanceActivities.class, withSettings().withoutAnnotations());
            when(governance.sendTelegram(any())).thenReturn(new TelegramReceipt(true, 502L, null));
            when(governance.recordOutcome(any())).thenReturn(true);
            worker.registerActivitiesImplementations(approvals, governance);
            env.start();
            WorkflowStub stub = run.apply(env.getWorkflowClient());
            stub.getResult(Object.class);
            String json = env.getWorkflowClient().fetchHistory(stub.getExecution().getWorkflowId()).toJson(true);
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve(file), json);
        }
    }
}
