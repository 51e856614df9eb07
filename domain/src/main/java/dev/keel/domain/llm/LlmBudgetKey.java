package dev.keel.domain.llm;

/** What a provider limits: its endpoint (host and port of the API base) and the model. */
public record LlmBudgetKey(String provider, String model) {
}
