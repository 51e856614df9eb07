package dev.keel.activities.recruiting;

import dev.keel.activities.llm.LlmFailures;
import dev.keel.integrations.llm.ChatModel;
import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmMessage;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One JSON-mode chat completion of the shared {@link ChatModel} inside an activity. Never retries (Temporal does):
 * failures are the gateway's classification as an ApplicationFailure ({@link LlmFailures}).
 */
@Component
public class LlmJsonClient {
    private final ChatModel model;

    public LlmJsonClient(ChatModel model) {
        this.model = model;
    }

    public boolean configured() {
        return model.configured();
    }

    /** An empty answer is a retryable MALFORMED. */
    public String complete(String system, String user) {
        try {
            return model.answer(List.of(LlmMessage.system(system), LlmMessage.user(user)), model.timeout());
        } catch (LlmException e) {
            throw LlmFailures.of(e);
        }
    }
}
