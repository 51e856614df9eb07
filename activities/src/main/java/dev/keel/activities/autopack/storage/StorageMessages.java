package dev.keel.activities.autopack.storage;

import dev.keel.domain.autopack.storage.StorageScan;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The Telegram text of a finished scan (Markdown), sent with the storage approval buttons. */
final class StorageMessages {
    private StorageMessages() {
    }

    static String scanSummary(StorageScan scan) {
        return "🧹 *Storage Cleanup Approval Needed*\n\n"
                + "*Scan:* #" + scan.id() + " (" + scan.scanType() + " `" + scan.scanTarget() + "`)\n"
                + "*Files scanned:* " + scan.totalItemsScanned() + "\n"
                + "*Cleanup candidates:* " + scan.candidatesCount() + "\n"
                + "*Potential savings:* " + gigabytes(scan.potentialSavingsBytes()) + " GB\n\n"
                + "_Sent " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC)
                .format(java.time.Instant.now()) + " UTC_";
    }

    static String gigabytes(long bytes) {
        return String.format("%.2f", bytes / 1_073_741_824.0);
    }
}
