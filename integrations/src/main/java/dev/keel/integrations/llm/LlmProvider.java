package dev.keel.integrations.llm;

/** The wire protocols the gateway speaks; OPENAI_COMPATIBLE is OpenAI's protocol at any base URL (vLLM, Ollama, ...). */
public enum LlmProvider {
    OPENAI("https://api.openai.com/v1"),
    ANTHROPIC("https://api.anthropic.com/v1"),
    GEMINI("https://generativelanguage.googleapis.com/v1beta"),
    OPENAI_COMPATIBLE("https://api.openai.com/v1");

    private final String defaultBaseUrl;

    LlmProvider(String defaultBaseUrl) {
        this.defaultBaseUrl = defaultBaseUrl;
    }

    public String defaultBaseUrl() {
        return defaultBaseUrl;
    }
}
