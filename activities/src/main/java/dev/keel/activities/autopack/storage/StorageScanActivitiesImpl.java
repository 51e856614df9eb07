package dev.keel.activities.autopack.storage;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.activities.approvals.TelegramCalls;
import dev.keel.integrations.telegram.TelegramClient;
import dev.keel.domain.autopack.storage.StorageScan;
import dev.keel.domain.autopack.storage.StorageScans;
import dev.keel.domain.autopack.storage.StorageSettings;
import dev.keel.domain.autopack.storage.StorageTargets;
import dev.keel.domain.autopack.storage.WalkBatch;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.temporal.FailureType;
import dev.keel.temporal.WorkflowIds;
import dev.keel.workflows.autopack.storage.ScanRef;
import dev.keel.workflows.autopack.storage.StorageScanActivities;
import dev.keel.workflows.autopack.storage.WalkSummary;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

@Component
public class StorageScanActivitiesImpl implements StorageScanActivities {
    private static final Logger LOG = LoggerFactory.getLogger(StorageScanActivitiesImpl.class);

    private final StorageScans scans;
    private final RunIndex runs;
    private final StorageSettings settings;
    private final ApprovalSettings approvals;
    private final TelegramCalls telegram;

    public StorageScanActivitiesImpl(StorageScans scans, RunIndex runs, StorageSettings settings,
                                     ApprovalSettings approvals, TelegramCalls telegram) {
        this.scans = scans;
        this.runs = runs;
        this.settings = settings;
        this.approvals = approvals;
        this.telegram = telegram;
    }

    @Override
    public WalkSummary walk(ScanRef ref) {
        StorageScan scan = scans.findById(ref.scanId()).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Scan " + ref.scanId() + " not found", FailureType.NOT_FOUND.name()));
        if (!scan.status().equals("running")) {
            return summary(scan, false);
        }
        Path start = StorageTargets.resolve(settings.root(), scan.scanType(), scan.scanTarget())
                .orElseThrow(() -> ApplicationFailure.newNonRetryableFailure("Scan target "
                        + scan.scanTarget() + " is not a directory under the storage root",
                        FailureType.VALIDATION.name()));
        ActivityExecutionContext ctx = Activity.getExecutionContext();
        if (scan.walkCursor() != null) {
            LOG.info("Scan {} attempt {} resumes after {} ({} files committed)", scan.id(), ctx.getInfo().getAttempt(),
                    scan.walkCursor(), scan.totalItemsScanned());
        }
        ScanWalker walker = new ScanWalker(start, StorageTargets.prefix(scan.scanType(), scan.scanTarget()),
                scan.maxDepth(), scan.maxItems(), settings.scanBatch(), scan.walkCursor(), scan.totalItemsScanned(),
                new ScanWalker.Sink() {
                    @Override
                    public boolean commit(String expectedCursor, WalkBatch batch) {
                        boolean committed = scans.commitBatch(scan.id(), expectedCursor, batch);
                        if (committed) {
                            ctx.heartbeat(batch.endCursor());
                        }
                        return committed;
                    }

                    @Override
                    public void progress(String cursor) {
                        ctx.heartbeat(cursor);
                    }
                });
        try {
            boolean truncated = walker.walk();
            return summary(scans.findById(scan.id()).orElseThrow(), truncated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void finish(ScanRef ref, String status, String error) {
        scans.finish(ref.scanId(), status, error);
        String workflowId = WorkflowIds.autopackStorageScan(ref.scanId());
        runs.close(workflowId, status.equals("completed") ? RunStatus.COMPLETED : RunStatus.FAILED, status, error);
    }

    @Override
    public void announce(ScanRef ref) {
        ApprovalConfig config = approvals.current();
        StorageScan scan = scans.findById(ref.scanId()).orElse(null);
        if (!config.telegramConfigured() || scan == null || scan.candidatesCount() == 0) {
            return;
        }
        telegram.sendMessage(config, StorageMessages.scanSummary(scan), List.of(
                new TelegramClient.Button("✅ Approve all", "storage_approve_all:" + scan.id()),
                new TelegramClient.Button("🔍 Details", "storage_details:" + scan.id()),
                new TelegramClient.Button("⏭ Skip", "storage_skip:" + scan.id())));
    }

    private static WalkSummary summary(StorageScan scan, boolean truncated) {
        return new WalkSummary(scan.totalItemsScanned(), scan.totalSizeBytes(), scan.batchesCommitted(), truncated);
    }
}
