package dev.keel.platform.health;

import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Temporal's operator API (search attributes) on the same target and credentials as the workflow client. */
@Component
public class OperatorStubs {
    private final WorkflowServiceStubs workflowStubs;
    private final String namespace;
    private OperatorServiceStubs stubs;

    public OperatorStubs(WorkflowServiceStubs workflowStubs, @Value("${spring.temporal.namespace:default}") String namespace) {
        this.workflowStubs = workflowStubs;
        this.namespace = namespace;
    }

    public synchronized OperatorServiceStubs get() {
        if (stubs == null) {
            stubs = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions.newBuilder(workflowStubs.getOptions())
                    .validateAndBuildWithDefaults());
        }
        return stubs;
    }

    public String namespace() {
        return namespace;
    }

    @PreDestroy
    synchronized void shutdown() {
        if (stubs != null) {
            stubs.shutdownNow();
        }
    }
}
