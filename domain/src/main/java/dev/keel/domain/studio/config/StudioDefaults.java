package dev.keel.domain.studio.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a user's studio config starts with on first access (the original's defaults, section 4). */
public final class StudioDefaults {
    public static final String PROMPT = "Explain the concept of recursion in programming. Include a simple example "
            + "in Python with comments.";

    public record DefaultModel(String modelId, String displayName, int contextWindow, List<String> skipParams) {
    }

    public record DefaultProvider(String key, String displayName, String apiKeyEnv, String prefix,
                                  List<DefaultModel> models) {
    }

    public static final List<DefaultProvider> PROVIDERS = List.of(
            new DefaultProvider("openai", "OpenAI", "OPENAI_API_KEY", "", List.of(
                    new DefaultModel("gpt-4o", "GPT-4o", 128000, List.of()),
                    new DefaultModel("gpt-4o-mini", "GPT-4o Mini", 128000, List.of()))),
            new DefaultProvider("anthropic", "Anthropic", "ANTHROPIC_API_KEY", "anthropic", List.of(
                    new DefaultModel("anthropic/claude-sonnet-4-5", "Claude Sonnet 4.5", 200000,
                            List.of("temperature")))),
            new DefaultProvider("google_gemini", "Google Gemini", "GEMINI_API_KEY", "gemini", List.of(
                    new DefaultModel("gemini/gemini-2.5-flash", "Gemini 2.5 Flash", 1000000, List.of()))));

    private StudioDefaults() {
    }

    public static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("max_tokens", 512);
        d.put("temperature", 0.7);
        d.put("context_tiers", List.of(0));
        d.put("prompt", PROMPT);
        return d;
    }

    public static Map<String, Object> promptTemplates() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("recursion", template("reasoning", "Explain Recursion", PROMPT));
        t.put("code_generation", template("code", "Generate Code",
                "Write a Python function that checks whether a string is a palindrome, with tests."));
        t.put("creative", template("creative", "Creative Writing",
                "Write a short story about a robot learning to paint."));
        t.put("qa", template("short_qa", "Short Q&A", "What is the capital of France?"));
        return t;
    }

    private static Map<String, Object> template(String category, String label, String prompt) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("category", category);
        t.put("label", label);
        t.put("prompt", prompt);
        return t;
    }
}
