package dev.keel.activities.studio.runs;

import dev.keel.domain.studio.runs.StudioResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields of a {@code result} event: the original's, plus output_speed_tps and itl_ms (as its later versions). */
final class ResultEvents {
    private ResultEvents() {
    }

    static Map<String, Object> fields(StudioResult r, int runs) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("provider", r.provider());
        data.put("provider_key", r.providerKey());
        data.put("model", r.model());
        data.put("model_id", r.modelId());
        data.put("run", r.runIndex());
        data.put("runs", runs);
        data.put("context_tokens", r.contextTokens());
        data.put("ttft_ms", r.ttftMs());
        data.put("total_time_s", r.totalTimeS());
        data.put("output_tokens", r.outputTokens());
        data.put("input_tokens", r.inputTokens());
        data.put("tokens_per_second", r.tokensPerSecond());
        data.put("input_tokens_per_second", r.inputTokensPerSecond());
        data.put("output_speed_tps", r.outputSpeedTps());
        data.put("itl_ms", r.itlMs());
        data.put("cost", r.cost());
        data.put("success", r.success());
        data.put("error", r.error() == null ? "" : r.error());
        return data;
    }
}
