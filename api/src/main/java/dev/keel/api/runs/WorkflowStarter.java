package dev.keel.api.runs;

import com.google.protobuf.ByteString;
import dev.keel.domain.platform.PendingStart;
import dev.keel.temporal.KeelSearchAttributes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.common.v1.Payload;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowOptions;
import io.temporal.common.converter.DataConverter;
import io.temporal.common.metadata.POJOWorkflowInterfaceMetadata;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Starts one outbox entry in Temporal and says whether it is done, worth retrying, or can never start. */
@Component
public class WorkflowStarter {
    private static final Set<Status.Code> TRANSIENT = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.RESOURCE_EXHAUSTED, Status.Code.ABORTED, Status.Code.INTERNAL, Status.Code.UNKNOWN,
            Status.Code.CANCELLED);

    public enum Result { STARTED, ALREADY_STARTED, TEMPORAL_UNAVAILABLE, REFUSED }

    public record Attempt(Result result, String error) {
    }

    private final WorkflowClient client;

    public WorkflowStarter(WorkflowClient client) {
        this.client = client;
    }

    DataConverter converter() {
        return client.getOptions().getDataConverter();
    }

    /** The argument as the JSON Temporal's data converter writes, so the outbox row restores it exactly. */
    String toJson(Object input) {
        return converter().toPayload(input).orElseThrow().getData().toStringUtf8();
    }

    static String workflowType(Class<?> workflowInterface) {
        return POJOWorkflowInterfaceMetadata.newInstance(workflowInterface).getWorkflowMethod()
                .orElseThrow(() -> new IllegalArgumentException(workflowInterface + " has no @WorkflowMethod"))
                .getName();
    }

    Attempt start(PendingStart start) {
        Object input;
        try {
            input = input(start);
        } catch (RuntimeException e) {
            // The stored argument can never be read back (class gone or renamed, JSON it no longer fits): no retry helps.
            return new Attempt(Result.REFUSED, "The workflow input cannot be restored: " + rootMessage(e));
        }
        try {
            WorkflowOptions.Builder options = WorkflowOptions.newBuilder()
                    .setWorkflowId(start.workflowId())
                    .setTaskQueue(start.taskQueue())
                    .setTypedSearchAttributes(KeelSearchAttributes.of(start.orgId(), start.kind()))
                    .setStaticSummary(start.summary())
                    .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
                    .setWorkflowIdReusePolicy(start.reuseClosedId()
                            ? WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE
                            : WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_REJECT_DUPLICATE);
            if (start.staticDetails() != null) {
                options.setStaticDetails(start.staticDetails());
            }
            if (start.executionTimeoutSeconds() != null) {
                options.setWorkflowExecutionTimeout(Duration.ofSeconds(start.executionTimeoutSeconds()));
            }
            client.newUntypedWorkflowStub(start.workflowType(), options.build()).start(input);
            return new Attempt(Result.STARTED, null);
        } catch (WorkflowExecutionAlreadyStarted e) {
            // A retry after Temporal accepted the first start (the outbox row was not yet deleted): nothing to do.
            return new Attempt(Result.ALREADY_STARTED, null);
        } catch (RuntimeException e) {
            StatusRuntimeException grpc = grpcCause(e);
            if (grpc != null && !TRANSIENT.contains(grpc.getStatus().getCode())) {
                return new Attempt(Result.REFUSED, "Temporal refused to start the workflow: "
                        + grpc.getStatus().getCode() + " " + grpc.getStatus().getDescription());
            }
            return new Attempt(Result.TEMPORAL_UNAVAILABLE, "Temporal is unavailable: " + rootMessage(e));
        }
    }

    private Object input(PendingStart start) {
        Class<?> type;
        try {
            type = InputClasses.resolve(start.inputClass());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Unknown workflow input class " + start.inputClass(), e);
        }
        Payload payload = Payload.newBuilder()
                .putMetadata("encoding", ByteString.copyFromUtf8("json/plain"))
                .setData(ByteString.copyFromUtf8(start.input()))
                .build();
        return converter().fromPayload(payload, type, type);
    }

    private static StatusRuntimeException grpcCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StatusRuntimeException s) {
                return s;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
