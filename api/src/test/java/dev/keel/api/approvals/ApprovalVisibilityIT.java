package dev.keel.api.approvals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DefaultDataConverter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An operator can find an approval in the Temporal UI: business-key id, KeelOrgId / KeelKind, a readable summary. */
class ApprovalVisibilityIT extends KeelApiTest {
    @Autowired
    WorkflowClient client;

    @Test
    void approvalWorkflowCarriesSearchAttributesAndSummary() {
        TestUsers.TestUser admin = TestUsers.register(http(), "visibility");
        String key = http().bearer(admin.accessToken()).postJson("/api/auth/api-keys", Map.of("name", "ops"))
                .json().path("key").asString();
        Response created = http().apiKey(key).postJson("/approval/request",
                Map.of("phase_id", "P-vis", "run_id", "R-vis", "decision_info", Map.of()));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long id = created.json().path("approval_id").asLong();

        DescribeWorkflowExecutionResponse description = client.getWorkflowServiceStubs().blockingStub()
                .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace(client.getOptions().getNamespace())
                        .setExecution(WorkflowExecution.newBuilder().setWorkflowId("approval-" + id))
                        .build());
        var attributes = description.getWorkflowExecutionInfo().getSearchAttributes().getIndexedFieldsMap();
        var converter = DefaultDataConverter.newDefaultInstance();
        assertThat(converter.fromPayload(attributes.get("KeelOrgId"), String.class, String.class))
                .isEqualTo(Long.toString(admin.orgId()));
        assertThat(converter.fromPayload(attributes.get("KeelKind"), String.class, String.class)).isEqualTo("approval");
        String summary = converter.fromPayload(description.getExecutionConfig().getUserMetadata().getSummary(),
                String.class, String.class);
        assertThat(summary).isEqualTo("Approval #" + id + " for phase P-vis of run R-vis");
    }
}
