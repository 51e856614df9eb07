package dev.keel.domain.pluto.scoring;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Scoring pipeline settings ({@code keel.pluto.*}): upload limits (PLUTO_MAX_UPLOAD_BYTES, PLUTO_MAX_ROWS), rows per
 * batch activity (PLUTO_BATCH_SIZE), batch activities in flight per pipeline (PLUTO_BATCHES_IN_FLIGHT), history
 * events before continue-as-new, and LLM calls in flight per pipeline and per process (PLUTO_LLM_CONCURRENCY,
 * PLUTO_LLM_GLOBAL_CONCURRENCY; docs/pluto-scoring.md).
 */
@ConfigurationProperties("keel.pluto")
@Validated
public record PlutoSettings(
        @DefaultValue("10485760") @Positive Long maxUploadBytes,
        @DefaultValue("10000") @Positive Integer maxRows,
        @DefaultValue("100") @Positive Integer batchSize,
        @DefaultValue("3") @Positive Integer batchesInFlight,
        @DefaultValue("5000") @Min(200) Integer maxHistoryEvents,
        @DefaultValue("16") @Positive Integer llmConcurrency,
        @DefaultValue("32") @Positive Integer llmGlobalConcurrency) {

    public PlutoCsvLimits limits() {
        return new PlutoCsvLimits(maxUploadBytes, maxRows, PlutoCsvLimits.DEFAULTS.maxCellChars());
    }
}
