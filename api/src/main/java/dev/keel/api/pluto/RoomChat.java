package dev.keel.api.pluto;

import dev.keel.activities.pluto.PlutoLlm;
import dev.keel.activities.recruiting.LlmExtractor;
import dev.keel.activities.recruiting.LlmJsonClient;
import dev.keel.api.platform.ApiException;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import io.temporal.failure.ApplicationFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The interview assistant: one direct LLM call (no workflow: an interactive answer nobody needs to resume) with
 * the same KEEL_LLM_* settings as the workflows, a bounded timeout and classified errors.
 */
@Service
public class RoomChat {
    static final String SYSTEM = """
            You are an interview assistant sitting next to an interviewer during a live interview. Help them with
            short, concrete advice: what to ask next, how to probe an answer, what to watch for. Use the briefing
            below when it is relevant. Answer with one JSON object and nothing else: {"response": "..."}.

            # Briefing
            """;

    private final LlmJsonClient client;
    private final Duration timeout;

    public RoomChat(LlmJsonClient client, @Value("${keel.pluto.chat-timeout-seconds:30}") long timeoutSeconds) {
        this.client = client;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
    }

    /** history holds alternating earlier turns, already validated and cut to the last turns. */
    public String reply(String briefing, List<ChatMessage> history, String message) {
        if (!client.configured()) {
            throw ApiException.unavailable(PlutoLlm.NOT_CONFIGURED);
        }
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(SYSTEM + (briefing != null ? briefing : "(no briefing available)")));
        messages.addAll(history);
        messages.add(UserMessage.from(message));
        String answer;
        try {
            answer = client.complete(messages, timeout);
        } catch (ApplicationFailure e) {
            throw classified(e);
        } catch (RateLimitException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "The LLM provider is rate limiting requests;"
                    + " try again later", "5");
        } catch (TimeoutException e) {
            throw new ApiException(HttpStatus.GATEWAY_TIMEOUT, "The LLM did not answer within "
                    + timeout.toSeconds() + " s");
        } catch (RuntimeException e) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "LLM provider error: " + e.getMessage());
        }
        return text(answer);
    }

    /** The "response" of the JSON answer; a model that ignored the format is answered with its plain text. */
    static String text(String answer) {
        try {
            JsonNode response = LlmExtractor.parse(answer).get("response");
            if (response != null && response.isString() && !response.asString().isBlank()) {
                return response.asString().strip();
            }
        } catch (ApplicationFailure e) {
            // not JSON: fall through to the raw text
        }
        return answer.strip();
    }

    private static ApiException classified(ApplicationFailure e) {
        String type = e.getType() == null ? "" : e.getType();
        return switch (type) {
            case "AUTH" -> new ApiException(HttpStatus.BAD_GATEWAY, "The LLM provider refused the credentials"
                    + " (authentication failed; check KEEL_LLM_API_KEY): " + e.getOriginalMessage());
            case "UPSTREAM_REJECTED" -> new ApiException(HttpStatus.BAD_GATEWAY, e.getOriginalMessage());
            default -> new ApiException(HttpStatus.BAD_GATEWAY, "LLM error: " + e.getOriginalMessage());
        };
    }
}
