package dev.keel.workflows.approvals;

import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DefaultDataConverter;
import io.temporal.testing.TestWorkflowExtension;

/** The KeelOutcome search attribute in the test server, and how to read it back. */
final class OutcomeAttribute {
    private OutcomeAttribute() {
    }

    static TestWorkflowExtension.Builder registered(TestWorkflowExtension.Builder builder) {
        return builder.registerSearchAttribute("KeelOutcome", IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
    }

    static String of(WorkflowClient client, String workflowId) {
        var attributes = client.getWorkflowServiceStubs().blockingStub().describeWorkflowExecution(
                DescribeWorkflowExecutionRequest.newBuilder().setNamespace(client.getOptions().getNamespace())
                        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId)).build())
                .getWorkflowExecutionInfo().getSearchAttributes().getIndexedFieldsMap();
        var payload = attributes.get("KeelOutcome");
        return payload == null ? null
                : DefaultDataConverter.newDefaultInstance().fromPayload(payload, String.class, String.class);
    }
}
