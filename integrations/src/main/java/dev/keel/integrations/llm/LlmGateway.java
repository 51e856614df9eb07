package dev.keel.integrations.llm;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Every LLM call Keel makes: JSON-mode or plain completions, streamed completions with per-chunk arrival times,
 * embeddings; OpenAI, Anthropic, Gemini and OpenAI-compatible servers over plain HTTP. One HttpClient (one
 * connection pool) per provider for the life of the process. Never retries: a failure is one classified
 * {@link LlmException} and the caller (Temporal) decides.
 */
public class LlmGateway {
    private final Map<LlmProvider, HttpClient> clients = new EnumMap<>(LlmProvider.class);
    private final Map<LlmProvider, WireProtocol> protocols = new EnumMap<>(LlmProvider.class);

    public LlmGateway(Duration connectTimeout) {
        for (LlmProvider provider : LlmProvider.values()) {
            // HTTP/1.1: one stream per connection, so a chunk's arrival time is not shaped by other calls'
            // flow control, and no h2c upgrade dance with local servers.
            clients.put(provider, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(connectTimeout).build());
        }
        protocols.put(LlmProvider.OPENAI, new OpenAiProtocol(true));
        protocols.put(LlmProvider.OPENAI_COMPATIBLE, new OpenAiProtocol(false));
        protocols.put(LlmProvider.ANTHROPIC, new AnthropicProtocol());
        protocols.put(LlmProvider.GEMINI, new GeminiProtocol());
    }

    /** One completion; the answer's text is never null (no content is MALFORMED). */
    public LlmAnswer complete(LlmEndpoint endpoint, LlmRequest request) {
        WireProtocol protocol = protocols.get(endpoint.provider());
        HttpRequest http = build(protocol, () -> protocol.chat(endpoint, request, false), request.timeout());
        HttpResponse<String> response = send(endpoint, protocol, http, HttpResponse.BodyHandlers.ofString(),
                request.timeout());
        JsonNode body = checked(endpoint, protocol, response);
        LlmAnswer answer = protocol.answer(body);
        if (answer.text() == null) {
            throw ProviderErrors.malformed(protocol.name(), "no message content");
        }
        return answer;
    }

    /**
     * One streamed completion. onChunk sees each piece of text as it arrives (on the calling thread); the result
     * holds them all with their arrival times, measured from when the request was sent (its last byte handed to
     * the connection, see RequestSent). The request's timeout bounds the whole call, from this method's start.
     */
    public LlmStream stream(LlmEndpoint endpoint, LlmRequest request, Consumer<LlmChunk> onChunk) {
        WireProtocol protocol = protocols.get(endpoint.provider());
        RequestSent sent = new RequestSent(build(protocol, () -> protocol.chat(endpoint, request, true),
                request.timeout()));
        StreamCollector collector = new StreamCollector(protocol, onChunk, sent::nanos);
        HttpResponse<InputStream> response = send(endpoint, protocol, sent.request(),
                HttpResponse.BodyHandlers.ofInputStream(), request.timeout());
        if (response.statusCode() / 100 != 2) {
            throw ProviderErrors.fromStatus(protocol.name(), response.statusCode(), response.headers(),
                    drain(response.body()), endpoint.apiKey());
        }
        return collector.read(response.body(), request.timeout());
    }

    /** One vector per text, in order (OpenAI, OpenAI-compatible and Gemini; Anthropic has none: BAD_REQUEST). */
    public List<float[]> embed(LlmEndpoint endpoint, String model, List<String> texts, Duration timeout) {
        WireProtocol protocol = protocols.get(endpoint.provider());
        HttpRequest http = build(protocol, () -> protocol.embed(endpoint, model, texts), timeout);
        JsonNode body = checked(endpoint, protocol, send(endpoint, protocol, http,
                HttpResponse.BodyHandlers.ofString(), timeout));
        List<float[]> vectors = protocol.vectors(body);
        if (vectors == null || vectors.size() != texts.size()) {
            throw ProviderErrors.malformed(protocol.name(), "no embedding for every input");
        }
        return vectors;
    }

    /** The provider's model list in its own format (see ModelListing), sorted by id; never retried. */
    public List<LlmModelInfo> listModels(LlmEndpoint endpoint, Duration timeout) {
        WireProtocol protocol = protocols.get(endpoint.provider());
        HttpRequest http = build(protocol, () -> ModelListing.request(endpoint), timeout);
        JsonNode body = checked(endpoint, protocol, send(endpoint, protocol, http,
                HttpResponse.BodyHandlers.ofString(), timeout));
        return ModelListing.parse(endpoint.provider(), body);
    }

    private static HttpRequest build(WireProtocol protocol, Supplier<HttpRequest.Builder> request, Duration timeout) {
        try {
            return request.get().timeout(timeout).build();
        } catch (IllegalArgumentException e) {
            throw new LlmException(LlmException.Kind.NOT_CONFIGURED, protocol.name()
                    + ": the base URL is not a valid http(s) URL");
        }
    }

    private <T> HttpResponse<T> send(LlmEndpoint endpoint, WireProtocol protocol, HttpRequest request,
                                     HttpResponse.BodyHandler<T> body, Duration timeout) {
        CompletableFuture<HttpResponse<T>> call = clients.get(endpoint.provider()).sendAsync(request, body);
        try {
            return call.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw ProviderErrors.timeout(protocol.name(), timeout);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw ProviderErrors.cancelled(protocol.name());
        } catch (CancellationException e) {
            throw ProviderErrors.cancelled(protocol.name());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw ProviderErrors.fromIo(protocol.name(), cause instanceof Exception ex ? ex : e, timeout);
        }
    }

    private static JsonNode checked(LlmEndpoint endpoint, WireProtocol protocol, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw ProviderErrors.fromStatus(protocol.name(), response.statusCode(), response.headers(),
                    response.body(), endpoint.apiKey());
        }
        JsonNode body = ProviderErrors.parse(response.body());
        if (body == null || !body.isObject()) {
            throw ProviderErrors.malformed(protocol.name(), "a body that is not a JSON object");
        }
        return body;
    }

    /** An error body, at most 64 KiB of it. */
    private static String drain(InputStream in) {
        try (in) {
            return new String(in.readNBytes(65_536), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
