package dev.keel.activities.recruiting;

import dev.keel.domain.recruiting.matching.ProfileEmbeddings;
import dev.keel.domain.recruiting.matching.ProfileText;
import dev.keel.domain.recruiting.matching.ProfileVectorIndexes;
import dev.keel.domain.recruiting.matching.RecruitingProfiles;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.recruiting.EmbeddingActivities;
import dev.keel.workflows.recruiting.ProfileEmbeddingInput;
import dev.keel.workflows.recruiting.ProfileEmbeddingResult;
import dev.keel.activities.llm.LlmFailures;
import dev.keel.integrations.llm.LlmException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.NonRetriableException;
import io.temporal.failure.ApplicationFailure;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
public class EmbeddingActivitiesImpl implements EmbeddingActivities {
    private final RecruitingProfiles profiles;
    private final ProfileEmbeddings embeddings;
    private final ProfileVectorIndexes indexes;
    private final ProfileEmbedder embedder;
    private final TransactionTemplate transactions;

    public EmbeddingActivitiesImpl(RecruitingProfiles profiles, ProfileEmbeddings embeddings,
                                   ProfileVectorIndexes indexes, ProfileEmbedder embedder,
                                   TransactionTemplate transactions) {
        this.profiles = profiles;
        this.embeddings = embeddings;
        this.indexes = indexes;
        this.embedder = embedder;
        this.transactions = transactions;
    }

    @Override
    public ProfileEmbeddingResult embedProfile(ProfileEmbeddingInput input) {
        String model = embedder.model();
        Optional<String> text = currentText(input, false).filter(EmbeddableText::isEmbeddable);
        if (text.isEmpty()) {
            // Gone, or nothing to embed (a candidate with only a name, text of control characters only): no
            // vector, it matches by keywords.
            long seq = embeddings.tombstone(input.orgId(), input.kind(), input.profileId(), model);
            indexes.apply(input.orgId(), input.kind(), model, input.profileId(), null, seq);
            return new ProfileEmbeddingResult(ProfileEmbeddingResult.REMOVED, model);
        }
        String hash = ProfileText.hash(model, text.get());
        var stored = embeddings.find(input.kind(), input.profileId(), model);
        if (stored.isPresent() && hash.equals(stored.get().contentHash())) {
            return new ProfileEmbeddingResult(ProfileEmbeddingResult.UNCHANGED, model);
        }
        float[] vector = embed(text.get());
        // Write only if the profile still has the content just embedded; the row lock keeps it so until commit.
        Long seq = transactions.execute(status -> {
            Optional<String> now = currentText(input, true);
            if (now.isEmpty() || !hash.equals(ProfileText.hash(model, now.get()))) {
                return null;
            }
            return embeddings.upsert(input.orgId(), input.kind(), input.profileId(), model, hash, vector);
        });
        if (seq == null) {
            return new ProfileEmbeddingResult(ProfileEmbeddingResult.SUPERSEDED, model);
        }
        indexes.apply(input.orgId(), input.kind(), model, input.profileId(), vector, seq);
        return new ProfileEmbeddingResult(ProfileEmbeddingResult.EMBEDDED, model);
    }

    private Optional<String> currentText(ProfileEmbeddingInput input, boolean lock) {
        long org = input.orgId();
        long id = input.profileId();
        return switch (input.kind()) {
            case "job" -> (lock ? profiles.jobForShare(org, id) : profiles.job(org, id)).map(ProfileText::of);
            case "candidate" -> (lock ? profiles.candidateForShare(org, id) : profiles.candidate(org, id))
                    .map(ProfileText::of);
            default -> throw ApplicationFailure.newNonRetryableFailure(
                    "Unknown profile kind " + input.kind(), FailureType.VALIDATION.type());
        };
    }

    /**
     * The embedder's client never retries. 401/403 are non-retryable AUTH, other 4xx non-retryable
     * UPSTREAM_REJECTED; 429, 5xx, timeouts and I/O errors propagate as they are, so Temporal retries them.
     */
    private float[] embed(String text) {
        try {
            return embedder.embed(text);
        } catch (AuthenticationException e) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Embedding provider refused the credentials: " + e.getMessage(), FailureType.AUTH.type());
        } catch (NonRetriableException e) {
            throw ApplicationFailure.newNonRetryableFailure(
                    "Embedding model rejected the request: " + e.getMessage(), FailureType.UPSTREAM_REJECTED.type());
        } catch (LlmException e) {
            throw LlmFailures.of(e);
        }
    }
}
