package dev.keel.activities.pluto;

import dev.keel.activities.recruiting.LlmExtractor;
import dev.keel.activities.recruiting.LlmJsonClient;
import dev.keel.domain.pluto.MalformedAnswerException;
import dev.keel.integrations.llm.ChatModel;
import dev.keel.temporal.FailureType;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The Pluto side of the shared chat model (KEEL_LLM_*): asks for a JSON object and turns it into a validated
 * record. Not configured is a non-retryable CONFIGURATION failure; a malformed or unusable answer is retryable.
 */
@Component
public class PlutoLlm {
    public static final String NOT_CONFIGURED = ChatModel.NOT_CONFIGURED;

    private final LlmJsonClient client;

    public PlutoLlm(LlmJsonClient client) {
        this.client = client;
    }

    /** One call; the answer is parsed and handed to {@code read}, whose MalformedAnswerException is retryable. */
    public <T> T ask(String system, String user, Function<JsonNode, T> read) {
        if (!client.configured()) {
            throw ApplicationFailure.newNonRetryableFailure(NOT_CONFIGURED, FailureType.CONFIGURATION.type());
        }
        JsonNode answer = LlmExtractor.parse(client.complete(system, user));
        try {
            return read.apply(answer);
        } catch (MalformedAnswerException e) {
            throw ApplicationFailure.newFailure("LLM answer is unusable: " + e.getMessage(), LlmExtractor.MALFORMED);
        }
    }

    /** The generation time stamped on records (UTC, whole seconds). */
    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
