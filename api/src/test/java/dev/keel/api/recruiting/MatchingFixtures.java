package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.ProfileChanged;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Jobs and candidates written with SQL, with the embedding intent recorded the way the CRUD code does it. */
final class MatchingFixtures {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final EmbeddingOutbox outbox;

    MatchingFixtures(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions,
                     EmbeddingOutbox outbox) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
        this.outbox = outbox;
    }

    private void changed(ProfileChanged change) {
        outbox.record(change);
        events.publishEvent(change);
    }

    long job(long orgId, String title, List<String> required, List<String> nice, boolean publish) {
        String json = "[" + String.join(",", required.stream().map(s -> "\"" + s + "\"").toList()) + "]";
        String niceJson = "[" + String.join(",", nice.stream().map(s -> "\"" + s + "\"").toList()) + "]";
        return inTransaction(() -> {
            long id = jdbc.sql("INSERT INTO jobs (org_id, title, location, required_skills, nice_to_have_skills) "
                            + "VALUES (?, ?, 'New York, NY', ?::jsonb, ?::jsonb) RETURNING id")
                    .params(orgId, title, json, niceJson).query(Long.class).single();
            if (publish) {
                changed(new ProfileChanged(orgId, ProfileChanged.Kind.JOB, id, false));
            }
            return id;
        });
    }

    long candidate(long orgId, String name, String title, String headline, String company, boolean publish) {
        return inTransaction(() -> {
            long id = jdbc.sql("INSERT INTO candidates (org_id, full_name, current_title, headline, current_company, "
                            + "location) VALUES (?, ?, ?, ?, ?, 'Remote') RETURNING id")
                    .params(orgId, name, title, headline, company).query(Long.class).single();
            if (publish) {
                changed(new ProfileChanged(orgId, ProfileChanged.Kind.CANDIDATE, id, false));
            }
            return id;
        });
    }

    void deleteCandidate(long orgId, long id) {
        inTransaction(() -> {
            jdbc.sql("DELETE FROM candidates WHERE org_id = ? AND id = ?").params(orgId, id).update();
            changed(new ProfileChanged(orgId, ProfileChanged.Kind.CANDIDATE, id, true));
            return id;
        });
    }

    /** Waits until the profile's embedding row has a vector (embedded) or is a tombstone (deleted). */
    void awaitEmbedding(String kind, long id, boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            List<Boolean> rows = jdbc.sql("SELECT vector IS NOT NULL FROM profile_embeddings WHERE kind = ? "
                    + "AND profile_id = ?").params(kind, id).query(Boolean.class).list();
            if (!rows.isEmpty() && rows.get(0) == present) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("embedding of " + kind + " " + id + " did not reach present=" + present);
    }

    long intents(String kind, long id) {
        return jdbc.sql("SELECT count(*) FROM embedding_outbox WHERE kind = ? AND profile_id = ?")
                .params(kind, id).query(Long.class).single();
    }

    boolean hasEmbedding(String kind, long id) {
        return jdbc.sql("SELECT count(*) FROM profile_embeddings WHERE kind = ? AND profile_id = ? AND vector IS NOT NULL")
                .params(kind, id).query(Long.class).single() > 0;
    }

    /** Embedding runs of the org in the run index, by status. */
    java.util.Map<String, Long> embeddingRuns(long orgId) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        jdbc.sql("SELECT status, count(*) FROM runs WHERE org_id = ? AND kind = 'recruiting-embedding' GROUP BY status")
                .param(orgId).query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    long matchLogs(long orgId, String strategy) {
        return jdbc.sql("SELECT count(*) FROM match_logs WHERE org_id = ? AND strategy = ?")
                .params(orgId, strategy).query(Long.class).single();
    }

    private long inTransaction(java.util.function.LongSupplier work) {
        return transactions.execute(status -> work.getAsLong());
    }
}
