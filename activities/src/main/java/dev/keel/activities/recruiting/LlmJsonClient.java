package dev.keel.activities.recruiting;

import dev.keel.temporal.FailureType;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * One chat completion that should answer with a JSON object. The client never retries (Temporal does):
 * 401/403 are non-retryable AUTH, other 4xx non-retryable UPSTREAM_REJECTED, anything else retryable.
 */
@Component
public class LlmJsonClient {
    private final RecruitingLlmSettings settings;

    public LlmJsonClient(RecruitingLlmSettings settings) {
        this.settings = settings;
    }

    public boolean configured() {
        return settings.current().configured();
    }

    public String complete(String system, String user) {
        return complete(List.of(SystemMessage.from(system), UserMessage.from(user)), Duration.ofSeconds(60));
    }

    /** One completion over a whole conversation with the given request timeout; same classification. */
    public String complete(List<ChatMessage> messages, Duration timeout) {
        RecruitingLlmSettings.Snapshot s = settings.current();
        OpenAiChatModel model = OpenAiChatModel.builder()
                .baseUrl(s.baseUrl() != null ? s.baseUrl() : RecruitingLlmSettings.DEFAULT_BASE_URL)
                .apiKey(s.apiKey() != null ? s.apiKey() : "none")
                .modelName(s.model() != null ? s.model() : RecruitingLlmSettings.DEFAULT_MODEL)
                .temperature(0.0)
                .timeout(timeout)
                .maxRetries(0)
                .build();
        try {
            String text = model.chat(messages).aiMessage().text();
            if (text == null || text.isBlank()) {
                throw ApplicationFailure.newFailure("LLM returned an empty answer", LlmExtractor.MALFORMED);
            }
            return text;
        } catch (AuthenticationException e) {
            throw ApplicationFailure.newNonRetryableFailure("LLM provider refused the credentials: " + e.getMessage(),
                    FailureType.AUTH.type());
        } catch (NonRetriableException e) {
            throw ApplicationFailure.newNonRetryableFailure("LLM provider rejected the request: " + e.getMessage(),
                    FailureType.UPSTREAM_REJECTED.type());
        }
    }
}
