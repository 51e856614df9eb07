package dev.keel.domain.studio.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden cases of the original's section 21: ranges, locks, conflicts and clamping per provider. */
class ProviderParamValidatorTest {
    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void identifiesByRegistryKeyThenModelPrefix() {
        assertThat(ProviderParamRegistry.identify("anything", "mistral")).isEqualTo("mistral");
        assertThat(ProviderParamRegistry.identify("anthropic/claude-sonnet-4-5", "my_claude")).isEqualTo("anthropic");
        assertThat(ProviderParamRegistry.identify("vertex_ai/gemini-2.5-pro", null)).isEqualTo("gemini");
        assertThat(ProviderParamRegistry.identify("ollama_chat/llama3", "local")).isEqualTo("ollama");
        assertThat(ProviderParamRegistry.identify("gpt-4o", "google_gemini")).isEqualTo("_unknown");
        assertThat(ProviderParamRegistry.asMap()).containsOnlyKeys("openai", "anthropic", "gemini", "ollama",
                "lm_studio", "mistral", "deepseek", "cohere", "xai", "vllm", "_unknown");
    }

    @Test
    void untouchedParamsAreValid() {
        ParamValidation v = ProviderParamValidator.validate("openai", "gpt-4o", params("temperature", 0.7,
                "max_tokens", 512, "top_p", 0.9));
        assertThat(v.valid()).isTrue();
        assertThat(v.adjustments()).isEmpty();
        assertThat(v.warnings()).isEmpty();
        assertThat(v.resolvedParams()).isEqualTo(params("temperature", 0.7, "max_tokens", 512, "top_p", 0.9));
    }

    @Test
    void openAiLocksGpt5AndOSeriesAndRenamesMaxTokens() {
        ParamValidation gpt5 = ProviderParamValidator.validate("openai", "gpt-5-mini", params("temperature", 0.2));
        assertThat(gpt5.adjustments()).containsExactly(new ParamAdjustment("temperature", 0.2, 1.0,
                "GPT-5 locks temperature to 1.0"));
        ParamValidation o3 = ProviderParamValidator.validate("openai", "openai/o3-mini", params("temperature", 0.5,
                "max_tokens", 100, "top_k", 5));
        assertThat(o3.resolvedParams()).isEqualTo(params("temperature", 1.0, "max_completion_tokens", 100));
        assertThat(o3.adjustments()).extracting(ParamAdjustment::param)
                .containsExactly("temperature", "max_tokens", "top_k");
        assertThat(o3.adjustments().get(2).adjusted()).as("dropped").isNull();
        assertThat(o3.valid()).isFalse();
    }

    @Test
    void geminiThreeIsRaisedToOneOthersClampedToTheRange() {
        assertThat(ProviderParamValidator.validate("gemini", "gemini/gemini-3-pro", params("temperature", 0.3))
                .resolvedParams()).isEqualTo(params("temperature", 1.0));
        ParamValidation hot = ProviderParamValidator.validate("gemini", "gemini/gemini-2.5-flash",
                params("temperature", 3.0, "top_k", 400));
        assertThat(hot.adjustments()).containsExactly(
                new ParamAdjustment("temperature", 3.0, 2.0, "Google Gemini temperature range is 0.0-2.0"),
                new ParamAdjustment("top_k", 400, 100L, "top_k clamped to gemini range [1, 100]"));
    }

    @Test
    void anthropicDropsTopPBesideTemperatureAndPenaltiesAndAlwaysWarns() {
        ParamValidation v = ProviderParamValidator.validate("anthropic", "anthropic/claude-sonnet-4-5",
                params("temperature", 1.5, "top_p", 0.9, "frequency_penalty", 0.5, "seed", 7, "top_k", 50));
        assertThat(v.resolvedParams()).isEqualTo(params("temperature", 1.0, "top_k", 50));
        assertThat(v.adjustments()).containsExactly(
                new ParamAdjustment("temperature", 1.5, 1.0, "Anthropic temperature range is 0.0-1.0"),
                new ParamAdjustment("top_p", 0.9, null, "Anthropic cannot use both temperature and top_p. Dropping top_p."),
                new ParamAdjustment("frequency_penalty", 0.5, null, "Anthropic does not support frequency_penalty"),
                new ParamAdjustment("seed", 7, null, "Anthropic does not support seed"));
        assertThat(v.warnings()).containsExactly("max_tokens is required for Anthropic and will always be included");
    }

    @Test
    void deepSeekXaiCohereAndMistralRules() {
        ParamValidation r1 = ProviderParamValidator.validate("deepseek", "deepseek/deepseek-r1",
                params("temperature", 0.6, "reasoning_effort", "enabled", "seed", 1));
        assertThat(r1.adjustments()).containsExactly(
                new ParamAdjustment("temperature", 0.6, 0.6, "DeepSeek R1 ignores all sampling params in thinking mode"),
                new ParamAdjustment("seed", 1, null, "DeepSeek does not support seed"));
        ParamValidation xai = ProviderParamValidator.validate("xai", "xai/grok-4", params("reasoning_effort", "high",
                "presence_penalty", 0.5, "stop", List.of("END"), "top_k", 3));
        assertThat(xai.resolvedParams()).isEqualTo(params("reasoning_effort", "high"));
        ParamValidation cohere = ProviderParamValidator.validate("cohere", "cohere/command-r", params("top_p", 1.0,
                "frequency_penalty", -1.0, "temperature", 0.9));
        assertThat(cohere.resolvedParams()).isEqualTo(params("top_p", 0.99, "frequency_penalty", 0.0,
                "temperature", 0.9));
        ParamValidation mistral = ProviderParamValidator.validate("mistral", "mistral/mistral-large",
                params("temperature", 2.0, "top_k", 20));
        assertThat(mistral.resolvedParams()).isEqualTo(params("temperature", 1.5, "top_k", 20));
        assertThat(mistral.adjustments().get(1)).isEqualTo(new ParamAdjustment("top_k", 20, 20,
                "Mistral has limited top_k support"));
    }

    @Test
    void genericRulesAndTheUnknownProvider() {
        ParamValidation ollama = ProviderParamValidator.validate("ollama", "ollama/llama3", params("top_k", 900,
                "presence_penalty", -3));
        assertThat(ollama.resolvedParams()).isEqualTo(params("top_k", 500L, "presence_penalty", -2.0));
        ParamValidation unknown = ProviderParamValidator.validate("_unknown", "my-model",
                params("frequency_penalty", 5, "top_k", 1000));
        assertThat(unknown.adjustments()).as("unknown support: neither dropped nor clamped").isEmpty();
        assertThat(unknown.warnings()).hasSize(1);
        assertThatThrownBy(() -> ProviderParamValidator.validate("openai", "gpt-4o", params("temperature", "hot")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void benchmarkCallsRemoveSkipParamsThenMergePassthrough() {
        Map<String, Object> pp = params("top_p", 0.8, "passthrough", params("service_tier", "flex", "top_p", 2));
        assertThat(ProviderParamValidator.resolve("openai", "gpt-4o", List.of("temperature"), pp, 0.7, 256))
                .isEqualTo(params("max_tokens", 256, "top_p", 2, "service_tier", "flex"));
        assertThat(ProviderParamValidator.resolve("anthropic", "anthropic/claude-sonnet-4-5", List.of(), null, 0.7,
                512)).isEqualTo(params("temperature", 0.7, "max_tokens", 512));
    }
}
