package dev.keel.domain.recruiting.matching;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Matching settings ({@code keel.matching.*}): MATCHING_USE_OPENAI with OPENAI_API_KEY, OPENAI_API_BASE and
 * MATCHING_OPENAI_MODEL; the in-memory index's refresh interval (MATCHING_INDEX_REFRESH_INTERVAL) and memory budget
 * (MATCHING_INDEX_BUDGET_MB); cores one in-process embedding may use (MATCHING_EMBEDDING_THREADS).
 */
@ConfigurationProperties("keel.matching")
@Validated
public record MatchingProperties(
        @DefaultValue("false") Boolean useOpenai,
        String openaiApiKey,
        @DefaultValue("https://api.openai.com/v1") String openaiApiBase,
        @DefaultValue("text-embedding-3-small") String openaiModel,
        @DefaultValue("1s") Duration indexRefreshInterval,
        @DefaultValue("1024") @Positive Long indexBudgetMb,
        @DefaultValue("1") @Positive Integer embeddingThreads) {
}
