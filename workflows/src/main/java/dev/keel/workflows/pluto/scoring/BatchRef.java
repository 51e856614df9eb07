package dev.keel.workflows.pluto.scoring;

/**
 * Rows fromRow..toRow (inclusive, numbered from 1) of a run. useAi false means no LLM call: extraction uses the
 * keyword detectors, and scoring stores rows as failed with aiUnavailable as the reason, or as skipped when
 * aiUnavailable is null (AI scoring was never confirmed).
 */
public record BatchRef(long orgId, String runId, long fromRow, long toRow, boolean useAi, String aiUnavailable) {
}
