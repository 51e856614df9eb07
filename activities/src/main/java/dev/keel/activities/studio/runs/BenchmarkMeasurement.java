package dev.keel.activities.studio.runs;

import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.StudioTargets;
import dev.keel.domain.studio.runs.ContextTiers;
import dev.keel.domain.studio.runs.ErrorTags;
import dev.keel.domain.studio.runs.ModelPrice;
import dev.keel.domain.studio.runs.RunMetrics;
import dev.keel.domain.studio.runs.StudioResult;
import dev.keel.domain.studio.runs.StudioRun;
import dev.keel.integrations.llm.LlmChunk;
import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmRequest;
import dev.keel.integrations.llm.LlmStream;
import io.temporal.activity.ActivityExecutionContext;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Measures one call: the owner's key is read here (never in a workflow payload), the prompt padded to the tier,
 * and the metrics taken from the gateway's chunk arrival stamps. A call the provider fails is a failed result with
 * the original's error tag; only the worker's own failures (interruption, database) escape as exceptions.
 */
@Component
class BenchmarkMeasurement {
    private static final int WARM_UP_TOKENS = 16;

    private final StudioTargets targets;
    private final StreamedCall calls;

    BenchmarkMeasurement(StudioTargets targets, StreamedCall calls) {
        this.targets = targets;
        this.calls = calls;
    }

    void warmUp(ActivityExecutionContext context, StudioRun run, StudioTarget target) {
        try {
            String key = targets.apiKey(run.userId(), target.providerKey()).orElse(null);
            LlmRequest request = BenchmarkRequests.request(target, run, run.prompt(),
                    Math.min(WARM_UP_TOKENS, run.maxTokens()));
            calls.stream(context, BenchmarkRequests.endpoint(target, key), request);
        } catch (LlmException e) {
            // the warm-up is discarded, its failure too: the measured runs record their own
        }
    }

    StudioResult measure(ActivityExecutionContext context, StudioRun run, StudioTarget target, int tier, int index) {
        String prompt = ContextTiers.pad(run.prompt(), tier);
        String key = targets.apiKey(run.userId(), target.providerKey()).orElse(null);
        LlmRequest request = BenchmarkRequests.request(target, run, prompt, run.maxTokens());
        try {
            LlmStream stream = calls.stream(context, BenchmarkRequests.endpoint(target, key), request);
            return success(run, target, tier, index, prompt, stream);
        } catch (LlmException e) {
            if (e.kind() == LlmException.Kind.CANCELLED) {
                throw e;
            }
            return failure(run, target, tier, index, ErrorTags.tag(e.kind().name(), e.getMessage()));
        }
    }

    private static StudioResult success(StudioRun run, StudioTarget target, int tier, int index, String prompt,
                                        LlmStream stream) {
        int chunks = (int) stream.chunks().stream().filter(c -> c.text() != null && !c.text().isEmpty()).count();
        if (stream.firstToken() == null || chunks == 0) {
            return failure(run, target, tier, index, "The model returned no content");
        }
        Integer usageIn = stream.usage() == null ? null : stream.usage().inputTokens();
        Integer usageOut = stream.usage() == null ? null : stream.usage().outputTokens();
        int input = usageIn != null && usageIn > 0 ? usageIn : ContextTiers.countTokens(prompt);
        RunMetrics m = RunMetrics.of(nanos(stream.firstToken()), nanos(lastArrival(stream)), usageOut, chunks, input,
                ModelPrice.resolve(target.modelId(), target.customFields()).orElse(null));
        return new StudioResult(run.id(), target.providerKey(), target.modelId(), tier, index, target.providerKey(),
                target.displayName(), true, m.ttftMs(), m.totalTimeS(), m.outputTokens(), m.inputTokens(),
                m.tokensPerSecond(), m.outputSpeedTps(), m.itlMs(), m.inputTokensPerSecond(), m.cost(), "", null);
    }

    /** The end of generation: the stream's total (end of the response), as the original's timer. */
    private static Duration lastArrival(LlmStream stream) {
        if (stream.total() != null) {
            return stream.total();
        }
        LlmChunk last = stream.chunks().get(stream.chunks().size() - 1);
        return last.sinceStart();
    }

    private static StudioResult failure(StudioRun run, StudioTarget target, int tier, int index, String error) {
        return new StudioResult(run.id(), target.providerKey(), target.modelId(), tier, index, target.providerKey(),
                target.displayName(), false, 0, 0, 0, 0, 0, null, null, null, 0, error, null);
    }

    private static long nanos(Duration duration) {
        return duration == null ? 0 : duration.toNanos();
    }
}
