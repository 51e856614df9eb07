package dev.keel.domain.autopack.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The original's default model mapping (config/models.yaml): a category's {@code <role>_model_override}, else the
 * complexity model. Task categories outside {@link #CATEGORIES} resolve like "general".
 */
public final class ModelCatalog {
    public static final List<String> ROLES = List.of("builder", "auditor");
    /** The keys of category_models in the original's order, then "general". */
    public static final List<String> CATEGORIES = List.of("external_feature_reuse", "security_auth_change",
            "schema_contract_change", "tests", "general");
    public static final List<String> COMPLEXITIES = List.of("low", "medium", "high");

    private static final String SONNET = "claude-sonnet-4-5";
    private static final String OPUS = "claude-opus-4-5";
    private static final Map<String, Map<String, String>> CATEGORY_OVERRIDES = Map.of(
            "external_feature_reuse", Map.of("builder", SONNET, "auditor", OPUS),
            "security_auth_change", Map.of("builder", SONNET, "auditor", OPUS),
            "schema_contract_change", Map.of("builder", SONNET, "auditor", OPUS),
            "tests", Map.of("builder", SONNET));

    private ModelCatalog() {
    }

    /** All 30 default rows: roles x categories x complexities, scope global. */
    public static List<ModelMapping> defaults() {
        List<ModelMapping> rows = new ArrayList<>();
        for (String role : ROLES) {
            for (String category : CATEGORIES) {
                for (String complexity : COMPLEXITIES) {
                    rows.add(new ModelMapping(role, category, complexity, defaultModel(role, category, complexity),
                            "global", null));
                }
            }
        }
        return rows;
    }

    public static String defaultModel(String role, String category, String complexity) {
        String override = CATEGORY_OVERRIDES.getOrDefault(category, Map.of()).get(role);
        return override != null ? override : SONNET; // every complexity tier uses Sonnet for both roles
    }

    /** The category a phase's task category resolves as. */
    public static String category(String taskCategory) {
        return taskCategory != null && CATEGORIES.contains(taskCategory) ? taskCategory : "general";
    }

    public static String complexity(String complexity) {
        return complexity != null && COMPLEXITIES.contains(complexity) ? complexity : "medium";
    }

    /** The provider serving a model, by its name. */
    public static String provider(String model) {
        String m = model.toLowerCase();
        if (m.startsWith("claude")) {
            return "anthropic";
        }
        if (m.startsWith("gpt") || m.matches("o\\d.*")) {
            return "openai";
        }
        if (m.startsWith("gemini")) {
            return "google_gemini";
        }
        int slash = m.indexOf('/');
        return slash > 0 ? m.substring(0, slash) : "unknown";
    }
}
