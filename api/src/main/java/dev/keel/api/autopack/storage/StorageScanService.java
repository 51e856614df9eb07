package dev.keel.api.autopack.storage;

import dev.keel.api.approvals.Approvers;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.Launch;
import dev.keel.api.runs.RunLauncher;
import dev.keel.domain.autopack.storage.StorageScan;
import dev.keel.domain.autopack.storage.StorageScans;
import dev.keel.domain.autopack.storage.StorageSettings;
import dev.keel.domain.autopack.storage.StorageTargets;
import dev.keel.temporal.WorkflowIds;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.autopack.storage.ScanRef;
import dev.keel.workflows.autopack.storage.StorageScanWorkflow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Starts a scan: the scan row and its workflow's run and outbox rows commit together, then the workflow starts. */
@Service
public class StorageScanService {
    private final StorageScans scans;
    private final StorageSettings settings;
    private final RunLauncher launcher;
    private final TransactionTemplate transactions;
    private final Approvers approvers;

    public StorageScanService(StorageScans scans, StorageSettings settings, RunLauncher launcher,
                              TransactionTemplate transactions, Approvers approvers) {
        this.scans = scans;
        this.settings = settings;
        this.launcher = launcher;
        this.transactions = transactions;
        this.approvers = approvers;
    }

    StorageScan start(Caller caller, StorageBodies.StorageScanRequest body) {
        String type = body.scanType();
        if (!type.equals("drive") && !type.equals("directory")) {
            throw ApiException.badRequest("scan_type must be 'drive' or 'directory'");
        }
        String problem = StorageTargets.problem(type, body.scanTarget());
        if (problem != null) {
            throw ApiException.badRequest(problem);
        }
        if (settings.root() == null) {
            throw ApiException.unavailable("Storage scanning is not configured (AUTOPACK_STORAGE_ROOT is unset)");
        }
        if (StorageTargets.resolve(settings.root(), type, body.scanTarget()).isEmpty()) {
            throw ApiException.badRequest("scan_target is not a directory under the storage root");
        }
        int maxDepth = body.maxDepth() == null ? 3 : body.maxDepth();
        long maxItems = body.maxItems() == null ? 1000 : body.maxItems();
        String createdBy = approvers.of(caller);
        long scanId = transactions.execute(tx -> {
            long id = scans.create(caller.orgId(), type, body.scanTarget(), maxDepth, maxItems, createdBy);
            launcher.enqueue(Launch.of(WorkflowKind.AUTOPACK_STORAGE_SCAN, caller.orgId(), Long.toString(id),
                    WorkflowIds.autopackStorageScan(id), StorageScanWorkflow.class, new ScanRef(caller.orgId(), id),
                    "Storage scan " + id + " of " + type + " " + body.scanTarget()));
            return id;
        });
        launcher.dispatchNow(WorkflowIds.autopackStorageScan(scanId));
        return scans.find(caller.orgId(), scanId).orElseThrow();
    }
}
