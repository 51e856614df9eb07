package dev.keel.api.pluto.rooms;

import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.LlmHttpErrors;
import dev.keel.integrations.llm.ChatModel;
import dev.keel.integrations.llm.LlmException;
import dev.keel.integrations.llm.LlmMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChatModel client;
    private final Duration timeout;

    public RoomChat(ChatModel client, @Value("${keel.pluto.chat-timeout-seconds:30}") long timeoutSeconds) {
        this.client = client;
        this.timeout = Duration.ofSeconds(timeoutSeconds);
    }

    /** history holds alternating earlier turns, already validated and cut to the last turns. */
    public String reply(String briefing, List<LlmMessage> history, String message) {
        if (!client.configured()) {
            throw ApiException.unavailable(ChatModel.NOT_CONFIGURED);
        }
        List<LlmMessage> messages = new ArrayList<>();
        messages.add(LlmMessage.system(SYSTEM + (briefing != null ? briefing : "(no briefing available)")));
        messages.addAll(history);
        messages.add(LlmMessage.user(message));
        try {
            return text(client.answer(messages, timeout));
        } catch (LlmException e) {
            throw LlmHttpErrors.of(e);
        }
    }

    /** The "response" of the JSON answer; a model that ignored the format is answered with its plain text. */
    static String text(String answer) {
        String s = answer.strip();
        if (s.startsWith("```")) {
            s = s.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
        }
        try {
            JsonNode response = JSON.readTree(s).get("response");
            if (response != null && response.isString() && !response.asString().isBlank()) {
                return response.asString().strip();
            }
        } catch (JacksonException e) {
            // not JSON: fall through to the raw text
        }
        return answer.strip();
    }
}
