package dev.keel.api.autopack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.autopack.storage.StorageScanActivitiesImpl;
import dev.keel.api.support.Eventually;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.temporal.TaskQueues;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.autopack.storage.StorageScanWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The worker running a scan of a generated tree of 20,000 files is shut down mid-walk (its activity never reports);
 * a new worker takes the walk over after the heartbeat timeout and resumes from the committed cursor: every file is
 * counted once and every candidate stored once. It stops the shared context's workers, so the context is discarded.
 */
@DirtiesContext
class StorageScanCrashIT extends KeelApiTest {
    static final int DIRECTORIES = 40;
    static final int FILES_PER_DIRECTORY = 500;

    @Autowired
    WorkerFactory workerFactory;
    @Autowired
    WorkflowClient client;
    @Autowired
    StorageScanActivitiesImpl activities;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aWalkResumedOnAnotherWorkerCountsEveryFileOnce() throws Exception {
        String target = StorageFixtures.newTree();
        long bytes = 0;
        long candidates = 0;
        for (int d = 0; d < DIRECTORIES; d++) {
            // every fourth directory is a cache: its files are cleanup candidates
            String dir = (d % 4 == 0 ? "node_modules/m" : "src/s") + String.format("%02d", d);
            for (int f = 0; f < FILES_PER_DIRECTORY; f++) {
                bytes += StorageFixtures.write(target, dir + "/file" + f + ".dat", (f % 7) + 1, 0);
                candidates += d % 4 == 0 ? 1 : 0;
            }
        }
        long files = (long) DIRECTORIES * FILES_PER_DIRECTORY;
        HttpTestClient org = StorageFixtures.org(http(), "crash");
        long id = StorageFixtures.startScan(org, target, 5, 1_000_000);

        Eventually.within(Duration.ofSeconds(60), "a few batches are committed",
                () -> batches(id) >= 5);
        workerFactory.shutdownNow();
        workerFactory.awaitTermination(10, TimeUnit.SECONDS);
        Map<String, Object> atKill = jdbc.sql("SELECT status, total_items_scanned, walk_cursor FROM autopack_storage_scans"
                + " WHERE id = ?").param(id).query().singleRow();
        System.out.println("StorageScanCrashIT: worker stopped at " + atKill);
        assertThat(atKill.get("status")).isEqualTo("running");
        assertThat((Long) atKill.get("total_items_scanned")).isLessThan(files);

        WorkerFactory replacement = WorkerFactory.newInstance(client);
        Worker worker = replacement.newWorker(TaskQueues.AUTOPACK_STORAGE);
        worker.registerWorkflowImplementationTypes(StorageScanWorkflowImpl.class);
        worker.registerActivitiesImplementations(activities);
        replacement.start();
        try {
            JsonNode detail = StorageFixtures.awaitEnd(org, id, Duration.ofSeconds(120));
            JsonNode scan = detail.path("scan");
            assertThat(scan.path("status").asString()).as(scan.toString()).isEqualTo("completed");
            assertThat(scan.path("total_items_scanned").asLong()).isEqualTo(files);
            assertThat(scan.path("total_size_bytes").asLong()).isEqualTo(bytes);
            assertThat(scan.path("cleanup_candidates_count").asLong()).isEqualTo(candidates);
            assertThat(jdbc.sql("SELECT count(DISTINCT path) FROM autopack_cleanup_candidates WHERE scan_id = ?")
                    .param(id).query(Long.class).single()).isEqualTo(candidates);
            boolean retried = client.fetchHistory(WorkflowIds.autopackStorageScan(id)).getEvents().stream()
                    .filter(e -> e.hasActivityTaskStartedEventAttributes())
                    .anyMatch(e -> e.getActivityTaskStartedEventAttributes().getAttempt() > 1);
            assertThat(retried).as("the walk was retried on the new worker").isTrue();
            long historyBytes = client.fetchHistory(WorkflowIds.autopackStorageScan(id)).getHistory()
                    .getSerializedSize();
            System.out.println("StorageScanCrashIT: history " + historyBytes + " bytes for " + files + " files");
            assertThat(historyBytes).as("ids and totals only in history").isLessThan(20_000);
        } finally {
            replacement.shutdownNow();
            StorageFixtures.deleteTree(target);
        }
    }

    private long batches(long id) {
        return jdbc.sql("SELECT batches_committed FROM autopack_storage_scans WHERE id = ?").param(id)
                .query(Long.class).single();
    }
}
