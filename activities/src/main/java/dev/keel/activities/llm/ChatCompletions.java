package dev.keel.activities.llm;

import dev.keel.activities.recruiting.RecruitingLlmSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One OpenAI-compatible chat completion asking for a JSON object, over one shared HTTP client (connections are
 * reused across the thousands of calls of a pipeline). Never retries: Temporal does, so failures are classified.
 */
@Component
public class ChatCompletions {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final RecruitingLlmSettings settings;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public ChatCompletions(RecruitingLlmSettings settings) {
        this.settings = settings;
    }

    public boolean configured() {
        return settings.current().configured();
    }

    /** The message content of the first choice (the caller validates it). */
    public String completeJson(String system, String user) throws LlmCallException {
        RecruitingLlmSettings.Snapshot s = settings.current();
        if (!s.configured()) {
            throw new LlmCallException(LlmCallException.Kind.NOT_CONFIGURED,
                    "no LLM configured: set KEEL_LLM_BASE_URL and KEEL_LLM_API_KEY", null);
        }
        String base = s.baseUrl() != null ? s.baseUrl() : RecruitingLlmSettings.DEFAULT_BASE_URL;
        Map<String, Object> body = Map.of(
                "model", s.model() != null ? s.model() : RecruitingLlmSettings.DEFAULT_MODEL,
                "temperature", 0,
                "response_format", Map.of("type", "json_object"),
                "messages", List.of(Map.of("role", "system", "content", system), Map.of("role", "user", "content", user)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/chat/completions"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (s.apiKey() != null) {
            request.header("Authorization", "Bearer " + s.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LlmCallException(LlmCallException.Kind.CANCELLED, "LLM request cancelled", null);
            }
            throw new LlmCallException(LlmCallException.Kind.TRANSIENT, "LLM request failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmCallException(LlmCallException.Kind.CANCELLED, "LLM request cancelled", null);
        }
        return content(response);
    }

    private static String content(HttpResponse<String> response) throws LlmCallException {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new LlmCallException(LlmCallException.Kind.AUTH,
                    "the LLM provider refused the credentials (HTTP " + status + "): check KEEL_LLM_API_KEY", null);
        }
        if (status == 429) {
            throw new LlmCallException(LlmCallException.Kind.RATE_LIMITED, "the LLM provider is rate limiting (429)",
                    retryAfter(response));
        }
        if (status >= 400 && status < 500) {
            throw new LlmCallException(LlmCallException.Kind.REJECTED,
                    "the LLM provider rejected the request (HTTP " + status + ")", null);
        }
        if (status != 200) {
            throw new LlmCallException(LlmCallException.Kind.TRANSIENT, "the LLM provider failed (HTTP " + status + ")", null);
        }
        try {
            JsonNode text = JSON.readTree(response.body()).path("choices").path(0).path("message").path("content");
            if (!text.isString()) {
                throw new LlmCallException(LlmCallException.Kind.TRANSIENT, "the LLM answer has no message content", null);
            }
            return text.asString();
        } catch (JacksonException e) {
            throw new LlmCallException(LlmCallException.Kind.TRANSIENT, "the LLM answer is not JSON", null);
        }
    }

    static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(value -> {
            try {
                return Duration.ofMillis(Math.max(0, (long) (Double.parseDouble(value.trim()) * 1000)));
            } catch (NumberFormatException e) {
                return null;
            }
        }).filter(d -> d.compareTo(Duration.ofMinutes(5)) <= 0).orElse(null);
    }
}
