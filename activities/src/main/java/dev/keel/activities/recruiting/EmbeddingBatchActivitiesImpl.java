package dev.keel.activities.recruiting;

import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.recruiting.matching.ProfileEmbeddings;
import dev.keel.domain.recruiting.matching.ProfileText;
import dev.keel.domain.recruiting.matching.ProfileVectorIndexes;
import dev.keel.domain.recruiting.matching.RecruitingProfiles;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.recruiting.EmbeddingBatchActivities;
import dev.keel.workflows.recruiting.EmbeddingBatchOutcome;
import dev.keel.workflows.recruiting.ProfileEmbeddingBatchInput;
import dev.keel.workflows.recruiting.ProfileEmbeddingBatchResult;
import dev.keel.workflows.recruiting.ProfileRef;
import dev.keel.activities.llm.LlmFailures;
import dev.keel.integrations.llm.LlmException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.NonRetriableException;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

@Component
public class EmbeddingBatchActivitiesImpl implements EmbeddingBatchActivities {
    /** Texts per model call: large enough to amortise the call, small enough to heartbeat every few seconds. */
    static final int CHUNK = 64;

    private final RecruitingProfiles profiles;
    private final ProfileEmbeddings embeddings;
    private final ProfileVectorIndexes indexes;
    private final ProfileEmbedder embedder;
    private final TransactionTemplate transactions;
    private final RunIndex runs;

    public EmbeddingBatchActivitiesImpl(RecruitingProfiles profiles, ProfileEmbeddings embeddings,
                                        ProfileVectorIndexes indexes, ProfileEmbedder embedder,
                                        TransactionTemplate transactions, RunIndex runs) {
        this.profiles = profiles;
        this.embeddings = embeddings;
        this.indexes = indexes;
        this.embedder = embedder;
        this.transactions = transactions;
        this.runs = runs;
    }

    @Override
    public ProfileEmbeddingBatchResult embedProfiles(ProfileEmbeddingBatchInput input) {
        String model = embedder.model();
        long org = input.orgId();
        Map<String, List<Long>> idsByKind = input.profiles().stream().collect(Collectors.groupingBy(
                ProfileRef::kind, Collectors.mapping(ProfileRef::profileId, Collectors.toList())));
        int removed = 0;
        int unchanged = 0;
        List<Pending> pending = new ArrayList<>();
        for (var entry : idsByKind.entrySet()) {
            String kind = entry.getKey();
            Map<Long, String> texts = texts(org, kind, entry.getValue(), false);
            Map<Long, String> stored = embeddings.contentHashes(kind, entry.getValue(), model);
            for (long id : entry.getValue()) {
                String text = texts.get(id);
                if (text == null || !EmbeddableText.isEmbeddable(text)) {
                    // Gone, or nothing to embed (a candidate with only a name): no vector, it matches by keywords.
                    indexes.apply(org, kind, model, id, null, embeddings.tombstone(org, kind, id, model));
                    removed++;
                } else if (ProfileText.hash(model, text).equals(stored.get(id))) {
                    unchanged++;
                } else {
                    pending.add(new Pending(kind, id, text, ProfileText.hash(model, text)));
                }
            }
        }
        List<float[]> vectors = embedAll(pending.stream().map(Pending::text).toList());
        List<Long> seqs = transactions.execute(status -> writeUnlessChanged(org, model, pending, vectors));
        int embedded = 0;
        for (int i = 0; i < pending.size(); i++) {
            if (seqs.get(i) != null) {
                indexes.apply(org, pending.get(i).kind(), model, pending.get(i).id(), vectors.get(i), seqs.get(i));
                embedded++;
            }
        }
        return new ProfileEmbeddingBatchResult(embedded, unchanged, removed, pending.size() - embedded, model);
    }

    @Override
    public void recordOutcome(EmbeddingBatchOutcome outcome) {
        runs.close(outcome.workflowId(), RunStatus.parse(outcome.status()).orElseThrow(), null, null);
    }

    /** Writes each vector only if its profile still has the content just embedded; the FOR SHARE locks keep it so. */
    private List<Long> writeUnlessChanged(long org, String model, List<Pending> pending, List<float[]> vectors) {
        Map<String, List<Long>> idsByKind = pending.stream().collect(Collectors.groupingBy(
                Pending::kind, Collectors.mapping(Pending::id, Collectors.toList())));
        Map<String, Map<Long, String>> now = idsByKind.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> texts(org, e.getKey(), e.getValue(), true)));
        List<Long> seqs = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            String current = now.get(p.kind()).get(p.id());
            seqs.add(current != null && p.hash().equals(ProfileText.hash(model, current))
                    ? embeddings.upsert(org, p.kind(), p.id(), model, p.hash(), vectors.get(i))
                    : null);
        }
        return seqs;
    }

    /**
     * One model call per chunk, a heartbeat after each. The embedder's client never retries: 401/403 are
     * non-retryable AUTH, other 4xx non-retryable UPSTREAM_REJECTED; 429, 5xx, timeouts and I/O errors
     * propagate as they are, so Temporal retries them (a capped number of times).
     */
    private List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += CHUNK) {
            List<String> chunk = texts.subList(from, Math.min(texts.size(), from + CHUNK));
            try {
                out.addAll(embedder.embedAll(chunk));
            } catch (AuthenticationException e) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Embedding provider refused the credentials: " + e.getMessage(), FailureType.AUTH.type());
            } catch (NonRetriableException e) {
                throw ApplicationFailure.newNonRetryableFailure(
                        "Embedding model rejected the request: " + e.getMessage(), FailureType.UPSTREAM_REJECTED.type());
            } catch (LlmException e) {
                throw LlmFailures.of(e);
            }
            Activity.getExecutionContext().heartbeat(out.size());
        }
        return out;
    }

    private Map<Long, String> texts(long org, String kind, List<Long> ids, boolean lock) {
        try {
            return profiles.texts(org, kind, ids, lock);
        } catch (IllegalArgumentException e) {
            throw ApplicationFailure.newNonRetryableFailure(e.getMessage(), FailureType.VALIDATION.type());
        }
    }

    private record Pending(String kind, long id, String text, String hash) {
    }
}
