package dev.keel.domain.recruiting.matching;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which embedding model is active and how the in-memory index behaves. OpenAI embeddings are used only when
 * MATCHING_USE_OPENAI=true and OPENAI_API_KEY is set; otherwise the in-process all-MiniLM-L6-v2 model.
 * Embeddings are stored per model, so switching models never mixes vectors of different spaces.
 */
@Component
public class MatchingSettings {
    public static final String MINILM_MODEL = "all-minilm-l6-v2";

    private final boolean useOpenAi;
    private final String openAiKey;
    private final String openAiBase;
    private final String openAiModel;
    private final Duration indexRefreshInterval;
    private final long indexBudgetBytes;
    private final int embeddingThreads;

    @Autowired
    public MatchingSettings(MatchingProperties p) {
        this(p.useOpenai(), p.openaiApiKey(), p.openaiApiBase(), p.openaiModel(), p.indexRefreshInterval(),
                p.indexBudgetMb(), p.embeddingThreads());
    }

    public MatchingSettings(boolean useOpenAi, String openAiKey, String openAiBase, String openAiModel,
                            Duration indexRefreshInterval, long indexBudgetMb) {
        this(useOpenAi, openAiKey, openAiBase, openAiModel, indexRefreshInterval, indexBudgetMb, 1);
    }

    private MatchingSettings(boolean useOpenAi, String openAiKey, String openAiBase, String openAiModel,
                             Duration indexRefreshInterval, long indexBudgetMb, int embeddingThreads) {
        this.useOpenAi = useOpenAi && openAiKey != null && !openAiKey.isBlank();
        this.openAiKey = openAiKey;
        this.openAiBase = openAiBase;
        this.openAiModel = openAiModel;
        this.indexRefreshInterval = indexRefreshInterval;
        this.indexBudgetBytes = indexBudgetMb * 1024 * 1024;
        this.embeddingThreads = embeddingThreads;
    }

    /** Cores one in-process (MiniLM) embedding may use. */
    public int embeddingThreads() {
        return embeddingThreads;
    }

    public boolean useOpenAi() {
        return useOpenAi;
    }

    /** The key embeddings are stored under. */
    public String model() {
        return useOpenAi ? "openai:" + openAiModel : MINILM_MODEL;
    }

    /** The strategy label of semantic matches: "openai" or "embedding". */
    public String strategy() {
        return useOpenAi ? "openai" : "embedding";
    }

    public String openAiKey() {
        return openAiKey;
    }

    public String openAiBase() {
        return openAiBase;
    }

    public String openAiModel() {
        return openAiModel;
    }

    public Duration indexRefreshInterval() {
        return indexRefreshInterval;
    }

    public long indexBudgetBytes() {
        return indexBudgetBytes;
    }
}
