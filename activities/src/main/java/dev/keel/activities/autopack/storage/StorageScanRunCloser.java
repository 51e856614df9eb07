package dev.keel.activities.autopack.storage;

import dev.keel.domain.autopack.storage.StorageScans;
import dev.keel.domain.platform.RunCloser;
import dev.keel.domain.platform.RunRecord;
import dev.keel.temporal.WorkflowKind;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A scan whose workflow ended without recording it (terminated, timed out, never started) becomes failed. */
@Component
public class StorageScanRunCloser implements RunCloser {
    private final StorageScans scans;

    public StorageScanRunCloser(StorageScans scans) {
        this.scans = scans;
    }

    @Override
    public Set<String> kinds() {
        return Set.of(WorkflowKind.AUTOPACK_STORAGE_SCAN.kind());
    }

    @Override
    public void closeAbandoned(RunRecord run, Abandonment abandonment) {
        try {
            scans.finish(Long.parseLong(run.businessKey()), "failed", abandonment.reason());
        } catch (NumberFormatException e) {
            // not a scan's run: nothing of ours to close
        }
    }
}
