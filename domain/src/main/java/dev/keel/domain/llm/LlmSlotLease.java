package dev.keel.domain.llm;

import java.util.UUID;

/** One fleet-wide LLM call slot held by a process; lease identifies this holding (a slot is reused after it). */
public record LlmSlotLease(LlmBudgetKey key, int slot, UUID lease) {
}
