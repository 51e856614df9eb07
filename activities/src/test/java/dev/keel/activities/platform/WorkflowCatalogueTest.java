package dev.keel.activities.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.temporal.WorkflowKind;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The worker configuration and the workflow catalogue name the same task queues. */
class WorkflowCatalogueTest {
    @Test
    @SuppressWarnings("unchecked")
    void everyCatalogueTaskQueueHasAWorkerAndEveryWorkerAKind() throws Exception {
        Map<String, Object> config;
        try (InputStream in = getClass().getResourceAsStream("/keel-common.yml")) {
            config = new Yaml().load(in);
        }
        var temporal = (Map<String, Object>) ((Map<String, Object>) config.get("spring")).get("temporal");
        Set<String> workerQueues = ((List<Map<String, Object>>) temporal.get("workers")).stream()
                .map(worker -> (String) worker.get("task-queue"))
                .collect(Collectors.toSet());
        Set<String> catalogueQueues = Arrays.stream(WorkflowKind.values()).map(WorkflowKind::taskQueue)
                .collect(Collectors.toSet());
        assertThat(workerQueues).isEqualTo(catalogueQueues);
    }

    @Test
    void kindsAndIdPrefixesAreUnique() {
        assertThat(Arrays.stream(WorkflowKind.values()).map(WorkflowKind::kind).distinct())
                .hasSize(WorkflowKind.values().length);
        assertThat(Arrays.stream(WorkflowKind.values()).map(WorkflowKind::idPrefix).distinct())
                .hasSize(WorkflowKind.values().length);
    }
}
