package dev.keel.api.autopack.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The seed's UsageResponse. Keel's executor reports total tokens per phase result, not the prompt/completion
 * split, so both splits are 0 (the original counts a missing split as 0 too).
 */
@Schema(example = """
        {"providers": [{"provider": "anthropic", "period": "week", "prompt_tokens": 0, "completion_tokens": 0,
          "total_tokens": 1500, "cap_tokens": 5000000, "percent_of_cap": 0.03}],
         "models": [{"provider": "anthropic", "model": "claude-sonnet-4-5", "prompt_tokens": 0,
          "completion_tokens": 0, "total_tokens": 1500}]}""")
record UsageResponse(List<ProviderUsage> providers, List<ModelUsage> models) {

    record ProviderUsage(String provider, String period, long promptTokens, long completionTokens, long totalTokens,
                         long capTokens, double percentOfCap) {
    }

    record ModelUsage(String provider, String model, long promptTokens, long completionTokens, long totalTokens) {
    }
}
