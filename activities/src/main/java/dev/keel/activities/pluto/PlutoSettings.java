package dev.keel.activities.pluto;

import dev.keel.domain.pluto.PlutoCsvLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Pipeline settings: upload limits (PLUTO_MAX_UPLOAD_BYTES, PLUTO_MAX_ROWS), rows per batch activity
 * (PLUTO_BATCH_SIZE) and batch activities in flight per pipeline (PLUTO_BATCHES_IN_FLIGHT).
 */
@Component
public class PlutoSettings {
    private final PlutoCsvLimits limits;
    private final int batchSize;
    private final int batchesInFlight;
    private final int maxHistoryEvents;

    public PlutoSettings(@Value("${keel.pluto.max-upload-bytes:10485760}") long maxBytes,
                         @Value("${keel.pluto.max-rows:10000}") int maxRows,
                         @Value("${keel.pluto.batch-size:100}") int batchSize,
                         @Value("${keel.pluto.batches-in-flight:3}") int batchesInFlight,
                         @Value("${keel.pluto.max-history-events:5000}") int maxHistoryEvents) {
        this.limits = new PlutoCsvLimits(maxBytes, maxRows, PlutoCsvLimits.DEFAULTS.maxCellChars());
        this.batchSize = Math.max(1, batchSize);
        this.batchesInFlight = Math.max(1, batchesInFlight);
        this.maxHistoryEvents = Math.max(200, maxHistoryEvents);
    }

    public PlutoCsvLimits limits() {
        return limits;
    }

    public int batchSize() {
        return batchSize;
    }

    public int batchesInFlight() {
        return batchesInFlight;
    }

    public int maxHistoryEvents() {
        return maxHistoryEvents;
    }
}
