package dev.keel.domain.autopack.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The cleanup candidates of scans and the decisions on them, within one organization. */
@Repository
public class CleanupCandidates {
    private final JdbcClient jdbc;

    public CleanupCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Largest first, at most {@code limit}. */
    public List<CleanupCandidate> ofScan(long orgId, long scanId, int limit) {
        return jdbc.sql("SELECT * FROM autopack_cleanup_candidates WHERE org_id = ? AND scan_id = ?"
                        + " ORDER BY size_bytes DESC, id LIMIT ?")
                .params(orgId, scanId, limit).query(CleanupCandidates::map).list();
    }

    /** Per category: count, bytes, approved count, approved bytes. */
    public List<CategoryStats> statsByCategory(long orgId, long scanId) {
        return jdbc.sql("""
                        SELECT category, count(*) AS n, coalesce(sum(size_bytes), 0) AS bytes,
                               count(*) FILTER (WHERE approval_status = 'approved') AS approved_n,
                               coalesce(sum(size_bytes) FILTER (WHERE approval_status = 'approved'), 0) AS approved_bytes
                        FROM autopack_cleanup_candidates WHERE org_id = ? AND scan_id = ?
                        GROUP BY category ORDER BY category""")
                .params(orgId, scanId)
                .query((rs, i) -> new CategoryStats(rs.getString("category"), rs.getLong("n"), rs.getLong("bytes"),
                        rs.getLong("approved_n"), rs.getLong("approved_bytes")))
                .list();
    }

    public record CategoryStats(String category, long count, long totalSizeBytes, long approvedCount,
                                long approvedSizeBytes) {
    }

    /** A decision recorded: the approval row's id, the candidates it changed and their bytes. */
    public record Decided(long approvalId, List<Long> candidateIds, long totalSizeBytes) {
    }

    /**
     * Applies a decision to those of {@code candidateIds} that belong to the scan (and so to the organization)
     * and records it. Empty ids after that filter: nothing is written and the result is null.
     */
    @Transactional
    public Decided decide(long orgId, long scanId, List<Long> candidateIds, String decision, String decidedBy,
                          String method, String notes) {
        String status = switch (decision) {
            case "approve" -> "approved";
            case "reject" -> "rejected";
            case "defer" -> "deferred";
            default -> throw new IllegalArgumentException("decision " + decision);
        };
        List<Long> ids = jdbc.sql("""
                        UPDATE autopack_cleanup_candidates SET approval_status = ?, approved_by = ?, approved_at = now()
                        WHERE org_id = ? AND scan_id = ? AND id = ANY(?) RETURNING id""")
                .params(status, decidedBy, orgId, scanId, candidateIds.toArray(Long[]::new))
                .query(Long.class).list();
        return record(orgId, scanId, ids, decision, decidedBy, method, notes);
    }

    /** Approves every pending candidate of a scan (the Telegram "approve all" button). */
    @Transactional
    public Decided approveAllPending(long orgId, long scanId, String decidedBy) {
        List<Long> ids = jdbc.sql("""
                        UPDATE autopack_cleanup_candidates SET approval_status = 'approved', approved_by = ?, approved_at = now()
                        WHERE org_id = ? AND scan_id = ? AND approval_status = 'pending' RETURNING id""")
                .params(decidedBy, orgId, scanId).query(Long.class).list();
        return record(orgId, scanId, ids, "approve", decidedBy, "telegram", null);
    }

    private Decided record(long orgId, long scanId, List<Long> ids, String decision, String by, String method,
                           String notes) {
        if (ids.isEmpty()) {
            return null;
        }
        Long[] array = ids.stream().sorted().toArray(Long[]::new);
        long bytes = jdbc.sql("SELECT coalesce(sum(size_bytes), 0) FROM autopack_cleanup_candidates WHERE id = ANY(?)")
                .param(array).query(Long.class).single();
        long approvalId = jdbc.sql("""
                        INSERT INTO autopack_storage_approvals
                            (scan_id, org_id, decision, candidate_ids, total_size_bytes, approved_by, approval_method, notes)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(scanId, orgId, decision, array, bytes, by, method, notes).query(Long.class).single();
        return new Decided(approvalId, List.of(array), bytes);
    }

    /** Decided candidates (approved or rejected) of the organization, newest first: the learning samples. */
    public List<CleanupCandidate> decided(long orgId, String category, int limit) {
        return jdbc.sql("""
                        SELECT * FROM autopack_cleanup_candidates
                        WHERE org_id = ? AND approval_status IN ('approved', 'rejected')
                          AND (CAST(? AS TEXT) IS NULL OR category = ?)
                        ORDER BY approved_at DESC, id DESC LIMIT ?""")
                .params(orgId, category, category, limit).query(CleanupCandidates::map).list();
    }

    /** Candidates of the given scans (recommendations), at most {@code limit}. */
    public List<CleanupCandidate> ofScans(long orgId, List<Long> scanIds, int limit) {
        return jdbc.sql("SELECT * FROM autopack_cleanup_candidates WHERE org_id = ? AND scan_id = ANY(?)"
                        + " ORDER BY size_bytes DESC LIMIT ?")
                .params(orgId, scanIds.toArray(Long[]::new), limit).query(CleanupCandidates::map).list();
    }

    static CleanupCandidate map(ResultSet rs, int row) throws SQLException {
        return new CleanupCandidate(rs.getLong("id"), rs.getLong("scan_id"), rs.getString("path"),
                rs.getLong("size_bytes"), (Integer) rs.getObject("age_days"), rs.getString("category"),
                rs.getString("reason"), rs.getBoolean("requires_approval"), rs.getString("approval_status"),
                rs.getString("approved_by"),
                rs.getTimestamp("approved_at") == null ? null : rs.getTimestamp("approved_at").toInstant(),
                rs.getString("execution_status"));
    }

}
