package dev.keel.api.autopack.storage;

import dev.keel.domain.autopack.storage.CleanupCandidates;
import dev.keel.domain.autopack.storage.StorageScan;
import dev.keel.domain.autopack.storage.StorageScans;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The storage buttons of a scan's Telegram summary, reached through the Telegram webhook:
 * {@code storage_approve_all:{scan_id}} approves every pending candidate (decider {@code telegram_@user}),
 * {@code storage_details:{scan_id}} answers with the scan's figures and where to read it,
 * {@code storage_skip:{scan_id}} leaves the candidates pending. The buttons are only honoured from the configured
 * chat (checked by the caller), which belongs to the deployment's operators, like the phase approval buttons.
 */
@Component
public class StorageTelegramButtons {
    public static final String PREFIX = "storage_";

    private final StorageScans scans;
    private final StorageDecisions decisions;

    public StorageTelegramButtons(StorageScans scans, StorageDecisions decisions) {
        this.scans = scans;
        this.decisions = decisions;
    }

    /** The text to answer the button with, and the webhook's JSON answer. */
    public record Reply(String answer, Map<String, Object> body) {
    }

    public Reply press(String action, String key, String user) {
        Optional<StorageScan> found = parse(key).flatMap(scans::findById);
        if (found.isEmpty()) {
            return new Reply("Scan " + key + " not found", Map.of("ok", true, "error", "scan_not_found"));
        }
        StorageScan scan = found.get();
        return switch (action) {
            case "storage_approve_all" -> {
                CleanupCandidates.Decided decided = decisions.approveAll(scan.orgId(), scan.id(), user);
                int n = decided == null ? 0 : decided.candidateIds().size();
                long bytes = decided == null ? 0 : decided.totalSizeBytes();
                yield new Reply("✅ Approved " + n + " items (" + String.format("%.2f", bytes / 1_073_741_824.0)
                        + " GB)", Map.of("ok", true, "action", action, "scan_id", scan.id(), "approved", n));
            }
            case "storage_details" -> new Reply("Scan #" + scan.id() + ": " + scan.totalItemsScanned() + " files, "
                    + scan.candidatesCount() + " candidates. Details: GET /storage/scans/" + scan.id(),
                    Map.of("ok", true, "action", action, "scan_id", scan.id()));
            case "storage_skip" -> new Reply("⏭ Skipped scan #" + scan.id() + "; its candidates stay pending",
                    Map.of("ok", true, "action", action, "scan_id", scan.id()));
            default -> new Reply("Unknown storage action", Map.of("ok", true, "ignored", true));
        };
    }

    private static Optional<Long> parse(String key) {
        try {
            return Optional.of(Long.parseLong(key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
