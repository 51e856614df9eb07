package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.ProfileChanged;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Jobs and candidates written with SQL, and ProfileChanged published the way the CRUD code does it. */
final class MatchingFixtures {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    MatchingFixtures(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transactions = transactions;
    }

    long job(long orgId, String title, List<String> required, List<String> nice, boolean publish) {
        String json = "[" + String.join(",", required.stream().map(s -> "\"" + s + "\"").toList()) + "]";
        String niceJson = "[" + String.join(",", nice.stream().map(s -> "\"" + s + "\"").toList()) + "]";
        return inTransaction(() -> {
            long id = jdbc.sql("INSERT INTO jobs (org_id, title, location, required_skills, nice_to_have_skills) "
                            + "VALUES (?, ?, 'New York, NY', ?::jsonb, ?::jsonb) RETURNING id")
                    .params(orgId, title, json, niceJson).query(Long.class).single();
            if (publish) {
                events.publishEvent(new ProfileChanged(orgId, ProfileChanged.Kind.JOB, id, false));
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
                events.publishEvent(new ProfileChanged(orgId, ProfileChanged.Kind.CANDIDATE, id, false));
            }
            return id;
        });
    }

    void deleteCandidate(long orgId, long id) {
        inTransaction(() -> {
            jdbc.sql("DELETE FROM candidates WHERE org_id = ? AND id = ?").params(orgId, id).update();
            events.publishEvent(new ProfileChanged(orgId, ProfileChanged.Kind.CANDIDATE, id, true));
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

    long matchLogs(long orgId, String strategy) {
        return jdbc.sql("SELECT count(*) FROM match_logs WHERE org_id = ? AND strategy = ?")
                .params(orgId, strategy).query(Long.class).single();
    }

    private long inTransaction(java.util.function.LongSupplier work) {
        return transactions.execute(status -> work.getAsLong());
    }
}
