package dev.keel.workflows.pluto;

/**
 * What a batch activity did: rows it processed now (rows already done by an earlier attempt are not counted),
 * rows whose LLM call failed for good, and aiUnavailable when the provider refused us for good (auth or config).
 */
public record BatchResult(int processed, int llmFailed, String aiUnavailable) {
}
