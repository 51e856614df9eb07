package dev.keel.activities.llm;

import dev.keel.integrations.llm.ChatModelSettings;
import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmGateway;
import dev.keel.integrations.llm.LlmMessage;
import dev.keel.integrations.llm.LlmRequest;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One JSON-mode chat completion for the Pluto pipeline, through the shared {@link LlmGateway} (one connection pool
 * per provider for the thousands of calls of a pipeline). Never retries: Temporal does, so failures are classified.
 */
@Component
public class ChatCompletions {
    private final ChatModelSettings settings;
    private final LlmGateway gateway;

    public ChatCompletions(ChatModelSettings settings, LlmGateway gateway) {
        this.settings = settings;
        this.gateway = gateway;
    }

    public boolean configured() {
        return settings.current().configured();
    }

    /** The message content of the first choice (the caller validates it). */
    public String completeJson(String system, String user) throws LlmCallException {
        ChatModelSettings.Snapshot s = settings.current();
        if (!s.configured()) {
            throw new LlmCallException(LlmCallException.Kind.NOT_CONFIGURED,
                    "no LLM configured: set KEEL_LLM_BASE_URL and KEEL_LLM_API_KEY", null);
        }
        LlmRequest request = LlmRequest.json(s.modelOrDefault(),
                List.of(LlmMessage.system(system), LlmMessage.user(user)), settings.timeout());
        try {
            return gateway.complete(s.endpoint(), request).text();
        } catch (LlmException e) {
            throw classified(e);
        }
    }

    private static LlmCallException classified(LlmException e) {
        LlmCallException.Kind kind = switch (e.kind()) {
            case AUTH -> LlmCallException.Kind.AUTH;
            case BAD_REQUEST -> LlmCallException.Kind.REJECTED;
            case RATE_LIMITED -> LlmCallException.Kind.RATE_LIMITED;
            case NOT_CONFIGURED -> LlmCallException.Kind.NOT_CONFIGURED;
            case CANCELLED -> LlmCallException.Kind.CANCELLED;
            case TIMEOUT, SERVER_ERROR, UNREACHABLE, MALFORMED -> LlmCallException.Kind.TRANSIENT;
        };
        String message = e.kind() == LlmException.Kind.AUTH ? e.getMessage() + ": check KEEL_LLM_API_KEY" : e.getMessage();
        return new LlmCallException(kind, message, e.retryAfter());
    }
}
