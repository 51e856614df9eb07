package dev.keel.api.support;

import dev.keel.platform.runtime.TemporalCli;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionResponse;
import io.temporal.client.WorkflowClient;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What an operator does from a shell: terminate or cancel a workflow with the Temporal CLI; describe it. */
public final class TemporalOperator {
    private final Path cli = TemporalCli.locateFromEnvironment().orElseThrow();
    private final String address;
    private final WorkflowClient client;

    public TemporalOperator(String address, WorkflowClient client) {
        this.address = address;
        this.client = client;
    }

    public void terminate(String workflowId, String reason) {
        run("workflow", "terminate", "--workflow-id", workflowId, "--reason", reason);
    }

    public void cancel(String workflowId) {
        run("workflow", "cancel", "--workflow-id", workflowId);
    }

    public DescribeWorkflowExecutionResponse describe(String workflowId) {
        return client.getWorkflowServiceStubs().blockingStub().describeWorkflowExecution(
                DescribeWorkflowExecutionRequest.newBuilder().setNamespace(client.getOptions().getNamespace())
                        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId)).build());
    }

    /** The KeelOutcome search attribute, null while unset. */
    public String outcome(String workflowId) {
        var payload = describe(workflowId).getWorkflowExecutionInfo().getSearchAttributes().getIndexedFieldsMap()
                .get("KeelOutcome");
        return payload == null ? null
                : DefaultDataConverter.newDefaultInstance().fromPayload(payload, String.class, String.class);
    }

    private void run(String... args) {
        List<String> command = new ArrayList<>(List.of(cli.toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("--address", address, "--namespace", "default"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("temporal " + String.join(" ", args) + " failed: " + output);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
