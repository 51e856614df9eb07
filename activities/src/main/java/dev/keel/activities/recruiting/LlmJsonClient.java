package dev.keel.activities.recruiting;

import dev.keel.activities.llm.LlmFailures;
import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmGateway;
import dev.keel.integrations.llm.LlmMessage;
import dev.keel.integrations.llm.LlmRequest;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One JSON-mode chat completion through the shared {@link LlmGateway}. Never retries (Temporal does):
 * {@link #complete} throws the gateway's classification as an ApplicationFailure ({@link LlmFailures});
 * {@link #answer} throws it as it is, for callers outside an activity.
 */
@Component
public class LlmJsonClient {
    private final RecruitingLlmSettings settings;
    private final LlmGateway gateway;

    public LlmJsonClient(RecruitingLlmSettings settings, LlmGateway gateway) {
        this.settings = settings;
        this.gateway = gateway;
    }

    public boolean configured() {
        return settings.current().configured();
    }

    /** For activities: failures are ApplicationFailures; an empty answer is a retryable MALFORMED. */
    public String complete(String system, String user) {
        try {
            return answer(List.of(LlmMessage.system(system), LlmMessage.user(user)), settings.timeout());
        } catch (LlmException e) {
            throw LlmFailures.of(e);
        }
    }

    /** One completion over a whole conversation with the given timeout; an empty answer is MALFORMED. */
    public String answer(List<LlmMessage> messages, Duration timeout) {
        RecruitingLlmSettings.Snapshot s = settings.current();
        String text = gateway.complete(s.endpoint(), LlmRequest.json(s.modelOrDefault(), messages, timeout)).text();
        if (text.isBlank()) {
            throw new LlmException(LlmException.Kind.MALFORMED, "LLM returned an empty answer");
        }
        return text;
    }
}
