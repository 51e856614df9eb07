package dev.keel.activities.recruiting;

import dev.keel.integrations.llm.LlmEndpoint;
import dev.keel.integrations.llm.LlmGateway;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.List;

/**
 * OpenAI embeddings through the shared {@link LlmGateway}, behind langchain4j's EmbeddingModel so the in-process
 * MiniLM model and this one stay interchangeable. Failures are the gateway's LlmException.
 */
final class GatewayEmbeddingModel implements EmbeddingModel {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final LlmGateway gateway;
    private final LlmEndpoint endpoint;
    private final String model;

    GatewayEmbeddingModel(LlmGateway gateway, LlmEndpoint endpoint, String model) {
        this.gateway = gateway;
        this.endpoint = endpoint;
        this.model = model;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<float[]> vectors = gateway.embed(endpoint, model, segments.stream().map(TextSegment::text).toList(),
                TIMEOUT);
        return Response.from(vectors.stream().map(Embedding::from).toList());
    }
}
