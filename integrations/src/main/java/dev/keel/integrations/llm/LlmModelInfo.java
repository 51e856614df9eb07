package dev.keel.integrations.llm;

/** One entry of a provider's model list, as the provider names it. */
public record LlmModelInfo(String id, String displayName) {
}
