package dev.keel.workflows.pluto;

/** Rows fromRow..toRow (inclusive, 1-based) of a run; useAi false means deterministic only. */
public record BatchRef(long orgId, String runId, long fromRow, long toRow, boolean useAi) {
}
