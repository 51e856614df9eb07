package dev.keel.domain.recruiting.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Stored profile embeddings (table profile_embeddings), keyed by (kind, profile id, model). */
@Repository
public class ProfileEmbeddings {
    private static final int FETCH_SIZE = 2000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate readOnly;

    public record Stored(long orgId, String contentHash, float[] vector, long seq) {
    }

    /** One row of a load or a delta; {@code vector} is null for a deleted profile. */
    public record Row(long profileId, float[] vector, long seq) {
    }

    public interface RowHandler {
        void accept(Row row);
    }

    public ProfileEmbeddings(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    public Optional<Stored> find(String kind, long profileId, String model) {
        return jdbc.sql("SELECT org_id, content_hash, vector, seq FROM profile_embeddings "
                        + "WHERE kind = ? AND profile_id = ? AND model = ?")
                .params(kind, profileId, model)
                .query((rs, n) -> {
                    byte[] bytes = rs.getBytes("vector");
                    return new Stored(rs.getLong("org_id"), rs.getString("content_hash"),
                            bytes == null ? null : Vectors.decode(bytes), rs.getLong("seq"));
                })
                .optional();
    }

    /** Content hashes of the listed profiles' stored vectors (tombstones left out), by profile id. */
    public Map<Long, String> contentHashes(String kind, Collection<Long> profileIds, String model) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("SELECT profile_id, content_hash FROM profile_embeddings WHERE kind = ? AND profile_id = ANY(?) "
                        + "AND model = ? AND content_hash IS NOT NULL")
                .params(kind, profileIds.toArray(Long[]::new), model)
                .query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    /** The vector of one profile in the org, if embedded (and not deleted). */
    public Optional<float[]> vector(long orgId, String kind, long profileId, String model) {
        return jdbc.sql("SELECT vector FROM profile_embeddings "
                        + "WHERE org_id = ? AND kind = ? AND profile_id = ? AND model = ? AND vector IS NOT NULL")
                .params(orgId, kind, profileId, model)
                .query((rs, n) -> Vectors.decode(rs.getBytes(1)))
                .optional();
    }

    /** Inserts or replaces the vector; returns the row's new seq. */
    public long upsert(long orgId, String kind, long profileId, String model, String contentHash, float[] vector) {
        return jdbc.sql("INSERT INTO profile_embeddings (org_id, kind, profile_id, model, content_hash, dimensions, vector) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, profile_id, model) DO UPDATE SET "
                        + "org_id = EXCLUDED.org_id, content_hash = EXCLUDED.content_hash, "
                        + "dimensions = EXCLUDED.dimensions, vector = EXCLUDED.vector, "
                        + "seq = nextval('profile_embeddings_seq'), updated_at = now() RETURNING seq")
                .params(orgId, kind, profileId, model, contentHash, vector.length, Vectors.encode(vector))
                .query(Long.class).single();
    }

    /** Marks a profile deleted (vector NULL) so replicas see the delete in their next delta; returns the seq. */
    public long tombstone(long orgId, String kind, long profileId, String model) {
        return jdbc.sql("INSERT INTO profile_embeddings (org_id, kind, profile_id, model) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (kind, profile_id, model) DO UPDATE SET content_hash = NULL, dimensions = NULL, "
                        + "vector = NULL, seq = nextval('profile_embeddings_seq'), updated_at = now() RETURNING seq")
                .params(orgId, kind, profileId, model)
                .query(Long.class).single();
    }

    public long count(long orgId, String kind, String model) {
        return jdbc.sql("SELECT count(*) FROM profile_embeddings WHERE org_id = ? AND kind = ? AND model = ? "
                        + "AND vector IS NOT NULL")
                .params(orgId, kind, model).query(Long.class).single();
    }

    /** Streams every row with seq > afterSeq (tombstones included unless this is a full load, afterSeq < 0). */
    public void scan(long orgId, String kind, String model, long afterSeq, RowHandler handler) {
        String sql = "SELECT profile_id, vector, seq FROM profile_embeddings WHERE org_id = ? AND kind = ? "
                + "AND model = ? AND seq > ?" + (afterSeq < 0 ? " AND vector IS NOT NULL" : "") + " ORDER BY seq";
        readOnly.executeWithoutResult(status -> template.query(con -> {
            var ps = con.prepareStatement(sql);
            ps.setFetchSize(FETCH_SIZE);
            // Server-prepared at once, so pgjdbc receives bytea in binary rather than as hex text (2x smaller, no parsing).
            ps.unwrap(PGStatement.class).setPrepareThreshold(-1);
            ps.setLong(1, orgId);
            ps.setString(2, kind);
            ps.setString(3, model);
            ps.setLong(4, afterSeq);
            return ps;
        }, rs -> {
            byte[] bytes = rs.getBytes(2);
            handler.accept(new Row(rs.getLong(1), bytes == null ? null : Vectors.decode(bytes), rs.getLong(3)));
        }));
    }
}
