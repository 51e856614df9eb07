package dev.keel.platform.runs;

import dev.keel.domain.platform.RunCloser.Abandonment;
import dev.keel.domain.platform.RunStatus;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.HistoryEventFilterType;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.api.workflowservice.v1.GetWorkflowExecutionHistoryRequest;
import io.temporal.client.WorkflowClient;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Asks Temporal how a workflow ended, in the run index's words. */
@Component
public class ClosedExecutions {
    /** What Temporal says of a workflow id: still open, closed (and how), or unknown to it. */
    public sealed interface Verdict permits Open, Closed, Missing {
    }

    public record Open() implements Verdict {
    }

    public record Closed(Abandonment abandonment) implements Verdict {
    }

    public record Missing() implements Verdict {
    }

    private final WorkflowClient client;

    public ClosedExecutions(WorkflowClient client) {
        this.client = client;
    }

    public Verdict check(String workflowId) {
        DescribeWorkflowExecutionResponse described;
        try {
            described = client.getWorkflowServiceStubs().blockingStub().describeWorkflowExecution(
                    DescribeWorkflowExecutionRequest.newBuilder()
                            .setNamespace(client.getOptions().getNamespace())
                            .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId))
                            .build());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return new Missing();
            }
            throw e;
        }
        var info = described.getWorkflowExecutionInfo();
        WorkflowExecutionStatus status = info.getStatus();
        if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
                || status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW) {
            return new Open();
        }
        Optional<String> outcome = Optional.ofNullable(info.getSearchAttributes().getIndexedFieldsMap()
                .get("KeelOutcome")).map(this::text);
        return new Closed(switch (status) {
            case WORKFLOW_EXECUTION_STATUS_COMPLETED -> new Abandonment(RunStatus.COMPLETED,
                    outcome.orElse("complete"), null);
            case WORKFLOW_EXECUTION_STATUS_TERMINATED -> new Abandonment(RunStatus.CANCELLED, "terminated",
                    "Terminated in Temporal" + reason(closeEvent(info.getExecution())));
            case WORKFLOW_EXECUTION_STATUS_CANCELED -> new Abandonment(RunStatus.CANCELLED, "cancelled",
                    "Cancelled in Temporal");
            case WORKFLOW_EXECUTION_STATUS_TIMED_OUT -> new Abandonment(RunStatus.FAILED, "timed_out",
                    "The workflow ran past its execution timeout");
            default -> new Abandonment(RunStatus.FAILED, outcome.orElse("failed"),
                    "The workflow failed" + reason(closeEvent(info.getExecution())));
        });
    }

    private HistoryEvent closeEvent(WorkflowExecution execution) {
        var history = client.getWorkflowServiceStubs().blockingStub().getWorkflowExecutionHistory(
                GetWorkflowExecutionHistoryRequest.newBuilder()
                        .setNamespace(client.getOptions().getNamespace())
                        .setExecution(execution)
                        .setHistoryEventFilterType(HistoryEventFilterType.HISTORY_EVENT_FILTER_TYPE_CLOSE_EVENT)
                        .build());
        return history.getHistory().getEventsCount() == 0 ? null : history.getHistory().getEvents(0);
    }

    private static String reason(HistoryEvent event) {
        if (event == null) {
            return "";
        }
        String text = "";
        if (event.hasWorkflowExecutionTerminatedEventAttributes()) {
            text = event.getWorkflowExecutionTerminatedEventAttributes().getReason();
        } else if (event.hasWorkflowExecutionFailedEventAttributes()) {
            text = event.getWorkflowExecutionFailedEventAttributes().getFailure().getMessage();
        }
        return text == null || text.isBlank() ? "" : ": " + text;
    }

    private String text(Payload payload) {
        return client.getOptions().getDataConverter().fromPayload(payload, String.class, String.class);
    }
}
