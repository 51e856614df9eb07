package dev.keel.integrations.llm;

/** A complete (non-streamed) answer: the text of the first choice and the provider's token counts. */
public record LlmAnswer(String text, LlmUsage usage) {
}
