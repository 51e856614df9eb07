package dev.keel.domain.recruiting.matching;

import dev.keel.domain.recruiting.ProfileChanged;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pending embedding intents (table embedding_outbox): one row per profile, written in the transaction of the
 * job/candidate change, taken by a dispatcher that starts the embedding workflows. See V13__embedding_outbox.sql.
 */
@Repository
public class EmbeddingOutbox {
    private final JdbcClient jdbc;

    /** A claimed intent; {@code id} changes with every new change of the profile. */
    public record Intent(long id, long orgId, String kind, long profileId, boolean deleted) {
    }

    public EmbeddingOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the change in the caller's transaction; coalesces with a pending intent of the profile (latest wins). */
    public void record(ProfileChanged change) {
        jdbc.sql("INSERT INTO embedding_outbox (org_id, kind, profile_id, deleted) VALUES (?, ?, ?, ?)" + COALESCE)
                .params(change.orgId(), kindOf(change.kind()), change.id(), change.deleted())
                .update();
    }

    /**
     * Wraps one INSERT, UPDATE or DELETE of jobs or candidates so that the same statement records the intent of every
     * row it changed (as {@link #record} does): one round trip for the write and its intent. {@code write} must end
     * in a RETURNING clause that includes {@code org_id} and {@code id}; the statement returns those rows.
     */
    public static String recordingIntents(ProfileChanged.Kind kind, boolean deleted, String write) {
        // WHERE true: without it PostgreSQL reads the ON of ON CONFLICT as a join condition of FROM changed.
        return "WITH changed AS (" + write + "), intent AS (INSERT INTO embedding_outbox (org_id, kind, profile_id,"
                + " deleted) SELECT org_id, '" + kindOf(kind) + "', id, " + deleted + " FROM changed WHERE true"
                + COALESCE + ") SELECT * FROM changed";
    }

    private static final String COALESCE = " ON CONFLICT (kind, profile_id) DO UPDATE SET"
            + " id = nextval('embedding_outbox_seq'), deleted = embedding_outbox.deleted OR EXCLUDED.deleted,"
            + " changed_at = now(), claimed_until = NULL";

    /**
     * Leases up to {@code limit} unclaimed (or lease-expired) intents, oldest first. Rows locked by another
     * dispatcher are skipped, so replicas never take the same intent at the same time.
     */
    public List<Intent> claim(int limit, Duration lease) {
        return jdbc.sql("""
                        UPDATE embedding_outbox SET claimed_until = now() + make_interval(secs => ?)
                        WHERE id IN (SELECT id FROM embedding_outbox
                                     WHERE claimed_until IS NULL OR claimed_until < now()
                                     ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING id, org_id, kind, profile_id, deleted""")
                .params((double) lease.toMillis() / 1000.0, limit)
                .query((rs, n) -> new Intent(rs.getLong("id"), rs.getLong("org_id"), rs.getString("kind"),
                        rs.getLong("profile_id"), rs.getBoolean("deleted")))
                .list().stream().sorted(Comparator.comparingLong(Intent::id)).toList();
    }

    /** Deletes intents whose workflow start was acknowledged; a profile changed since keeps its newer intent. */
    public void complete(Collection<Long> ids) {
        jdbc.sql("DELETE FROM embedding_outbox WHERE id = ANY(?)").param(ids.toArray(Long[]::new)).update();
    }

    /** Makes intents claimable again at once (their workflow could not be started). */
    public void release(Collection<Long> ids) {
        jdbc.sql("UPDATE embedding_outbox SET claimed_until = NULL WHERE id = ANY(?)")
                .param(ids.toArray(Long[]::new)).update();
    }

    public long pending() {
        return jdbc.sql("SELECT count(*) FROM embedding_outbox").query(Long.class).single();
    }

    public static String kindOf(ProfileChanged.Kind kind) {
        return kind == ProfileChanged.Kind.JOB ? DefaultMatchingService.JOB : DefaultMatchingService.CANDIDATE;
    }
}
