package dev.keel.activities.recruiting;

import dev.keel.domain.recruiting.matching.MatchingSettings;
import dev.keel.domain.recruiting.matching.Vectors;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.keel.integrations.llm.LlmEndpoint;
import dev.keel.integrations.llm.LlmGateway;
import dev.keel.integrations.llm.LlmProvider;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns profile text into an L2-normalised vector with the active model: the in-process all-MiniLM-L6-v2
 * (384 dimensions, offline) or, when configured, OpenAI embeddings. The model is created on first use so
 * processes that never embed do not pay for loading it. Client retries are off: Temporal retries.
 */
@Component
public class ProfileEmbedder {
    private final String model;
    private final Supplier<EmbeddingModel> factory;
    private volatile EmbeddingModel instance;

    public ProfileEmbedder(MatchingSettings settings) {
        this(settings, new LlmGateway(Duration.ofSeconds(10)));
    }

    /**
     * OpenAI embeddings go through the shared gateway; in-process embeddings use
     * {@link MatchingSettings#embeddingThreads()} cores, see {@link MiniLmModel}.
     */
    @Autowired
    public ProfileEmbedder(MatchingSettings settings, LlmGateway gateway) {
        this(settings.model(), () -> settings.useOpenAi()
                ? new GatewayEmbeddingModel(gateway,
                        LlmEndpoint.of(LlmProvider.OPENAI, settings.openAiBase(), settings.openAiKey()),
                        settings.openAiModel())
                : new MiniLmModel(settings.embeddingThreads()));
    }

    public ProfileEmbedder(String model, Supplier<EmbeddingModel> factory) {
        this.model = model;
        this.factory = factory;
    }

    /** The key stored embeddings of this model are kept under. */
    public String model() {
        return model;
    }

    public float[] embed(String text) {
        return Vectors.normalize(delegate().embed(text).content().vector());
    }

    /** Embeds all texts in one model call; vectors in the order of the texts. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embeddings = delegate().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        return embeddings.stream().map(e -> Vectors.normalize(e.vector())).toList();
    }

    private EmbeddingModel delegate() {
        EmbeddingModel m = instance;
        if (m == null) {
            synchronized (this) {
                if (instance == null) {
                    instance = factory.get();
                }
                m = instance;
            }
        }
        return m;
    }
}
