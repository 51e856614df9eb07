package dev.keel.integrations.llm;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/** The shared chat model (KEEL_LLM_*) through the gateway: one JSON-mode completion over a conversation. */
@Component
public class ChatModel {
    public static final String NOT_CONFIGURED = "No LLM is configured: set KEEL_LLM_BASE_URL and/or KEEL_LLM_API_KEY"
            + " (or OPENAI_API_KEY)";

    private final ChatModelSettings settings;
    private final LlmGateway gateway;

    public ChatModel(ChatModelSettings settings, LlmGateway gateway) {
        this.settings = settings;
        this.gateway = gateway;
    }

    public boolean configured() {
        return settings.current().configured();
    }

    /** How long one call may take by default (KEEL_LLM_TIMEOUT). */
    public Duration timeout() {
        return settings.timeout();
    }

    /** One completion with the given timeout; an empty answer is MALFORMED. Never retries. */
    public String answer(List<LlmMessage> messages, Duration timeout) {
        ChatModelSettings.Snapshot s = settings.current();
        String text = gateway.complete(s.endpoint(), LlmRequest.json(s.modelOrDefault(), messages, timeout)).text();
        if (text.isBlank()) {
            throw new LlmException(LlmException.Kind.MALFORMED, "LLM returned an empty answer");
        }
        return text;
    }
}
