package dev.keel.domain.autopack.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Storage scans, always read within one organization; the walk commits its batches here. */
@Repository
public class StorageScans {
    private static final String SELECT = """
            SELECT s.*,
                   (SELECT count(*) FROM autopack_cleanup_candidates c WHERE c.scan_id = s.id) AS candidates_count,
                   (SELECT coalesce(sum(size_bytes), 0) FROM autopack_cleanup_candidates c WHERE c.scan_id = s.id)
                       AS potential_savings
            FROM autopack_storage_scans s
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public StorageScans(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public long create(long orgId, String scanType, String scanTarget, int maxDepth, long maxItems, String createdBy) {
        return jdbc.sql("""
                        INSERT INTO autopack_storage_scans (org_id, scan_type, scan_target, max_depth, max_items, created_by)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(orgId, scanType, scanTarget, maxDepth, maxItems, createdBy)
                .query(Long.class).single();
    }

    public Optional<StorageScan> find(long orgId, long scanId) {
        return jdbc.sql(SELECT + " WHERE s.org_id = ? AND s.id = ?").params(orgId, scanId).query(StorageScans::map)
                .optional();
    }

    /** For the walk and the Telegram buttons, which know the scan by id only. */
    public Optional<StorageScan> findById(long scanId) {
        return jdbc.sql(SELECT + " WHERE s.id = ?").param(scanId).query(StorageScans::map).optional();
    }

    /** Newest first, with the seed's filters (each optional). */
    public List<StorageScan> list(long orgId, Integer sinceDays, String scanType, String scanTarget, int limit,
                                  int offset) {
        return jdbc.sql(SELECT + """
                         WHERE s.org_id = :org
                           AND (CAST(:since AS INT) IS NULL OR s.created_at >= now() - make_interval(days => CAST(:since AS INT)))
                           AND (CAST(:type AS TEXT) IS NULL OR s.scan_type = :type)
                           AND (CAST(:target AS TEXT) IS NULL OR s.scan_target = :target)
                         ORDER BY s.created_at DESC, s.id DESC LIMIT :limit OFFSET :offset""")
                .param("org", orgId).param("since", sinceDays).param("type", scanType).param("target", scanTarget)
                .param("limit", limit).param("offset", offset)
                .query(StorageScans::map).list();
    }

    /** Completed scans of the organization since a time, oldest first (recommendations). */
    public List<StorageScan> completedSince(long orgId, Instant since) {
        return jdbc.sql(SELECT + " WHERE s.org_id = ? AND s.status = 'completed' AND s.created_at >= ?"
                        + " ORDER BY s.created_at, s.id LIMIT 1000")
                .params(orgId, java.sql.Timestamp.from(since)).query(StorageScans::map).list();
    }

    /**
     * Commits one batch: the candidates and the totals, and moves the cursor, in one transaction, only if the
     * cursor is still where this walk started the batch. False (nothing written) when another attempt of the
     * walk already moved it: this attempt is stale and must stop.
     */
    public boolean commitBatch(long scanId, String expectedCursor, WalkBatch batch) {
        Boolean committed = transactions.execute(status -> {
            int moved = jdbc.sql("""
                            UPDATE autopack_storage_scans
                            SET walk_cursor = ?, total_items_scanned = total_items_scanned + ?,
                                total_size_bytes = total_size_bytes + ?, batches_committed = batches_committed + 1
                            WHERE id = ? AND status = 'running' AND walk_cursor IS NOT DISTINCT FROM ?""")
                    .params(batch.endCursor(), batch.items(), batch.bytes(), scanId, expectedCursor).update();
            if (moved != 1) {
                return false;
            }
            for (NewCandidate c : batch.candidates()) {
                jdbc.sql("""
                                INSERT INTO autopack_cleanup_candidates (scan_id, org_id, path, size_bytes, age_days, category, reason)
                                SELECT id, org_id, ?, ?, ?, ?, ? FROM autopack_storage_scans WHERE id = ?
                                ON CONFLICT (scan_id, path) DO NOTHING""")
                        .params(c.path(), c.sizeBytes(), c.ageDays(), c.category(), c.reason(), scanId).update();
            }
            return true;
        });
        return Boolean.TRUE.equals(committed);
    }

    /** Ends a running scan; a scan already ended keeps its first end. */
    public boolean finish(long scanId, String status, String error) {
        Objects.requireNonNull(status);
        return jdbc.sql("""
                        UPDATE autopack_storage_scans SET status = ?, error = ?, completed_at = now()
                        WHERE id = ? AND status = 'running'""")
                .params(status, error, scanId).update() == 1;
    }

    private static StorageScan map(ResultSet rs, int row) throws SQLException {
        return new StorageScan(rs.getLong("id"), rs.getLong("org_id"), rs.getString("scan_type"),
                rs.getString("scan_target"), rs.getInt("max_depth"), rs.getLong("max_items"), rs.getString("status"),
                rs.getString("error"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant(),
                rs.getString("walk_cursor"), rs.getLong("total_items_scanned"), rs.getLong("total_size_bytes"),
                rs.getInt("batches_committed"), rs.getLong("candidates_count"), rs.getLong("potential_savings"));
    }
}
