package dev.keel.domain.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keel's own index of workflow runs; list endpoints read it instead of Temporal visibility. */
@Repository
public class RunIndex {
    private static final String COLUMNS =
            "id, org_id, kind, business_key, workflow_id, status, summary, created_at, updated_at, completed_at";

    private final JdbcClient jdbc;

    public RunIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Idempotent on workflow id: registering the same workflow twice returns the existing run id. */
    public long register(long orgId, String kind, String businessKey, String workflowId, String status, String summary) {
        return jdbc.sql("""
                        INSERT INTO runs (org_id, kind, business_key, workflow_id, status, summary)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (workflow_id) DO UPDATE SET updated_at = runs.updated_at
                        RETURNING id""")
                .params(orgId, kind, businessKey, workflowId, status, summary)
                .query(Long.class)
                .single();
    }

    /** Records a status; a terminal status also stamps completed_at. Safe to repeat. */
    public void updateStatus(String workflowId, String status, boolean terminal) {
        jdbc.sql("""
                        UPDATE runs SET status = ?, updated_at = now(),
                               completed_at = CASE WHEN ? THEN coalesce(completed_at, now()) ELSE completed_at END
                        WHERE workflow_id = ?""")
                .params(status, terminal, workflowId)
                .update();
    }

    public Optional<RunRecord> find(long orgId, long runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runs WHERE org_id = ? AND id = ?")
                .params(orgId, runId)
                .query(RunIndex::map)
                .optional();
    }

    public Optional<RunRecord> findByWorkflowId(String workflowId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runs WHERE workflow_id = ?")
                .param(workflowId)
                .query(RunIndex::map)
                .optional();
    }

    public List<RunRecord> list(long orgId, String kind, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runs WHERE org_id = ? AND (CAST(? AS TEXT) IS NULL OR kind = ?)"
                        + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(orgId, kind, kind, limit, offset)
                .query(RunIndex::map)
                .list();
    }

    public long count(long orgId, String kind) {
        return jdbc.sql("SELECT count(*) FROM runs WHERE org_id = ? AND (CAST(? AS TEXT) IS NULL OR kind = ?)")
                .params(orgId, kind, kind)
                .query(Long.class)
                .single();
    }

    private static RunRecord map(ResultSet rs, int row) throws SQLException {
        return new RunRecord(rs.getLong("id"), rs.getLong("org_id"), rs.getString("kind"),
                rs.getString("business_key"), rs.getString("workflow_id"), rs.getString("status"),
                rs.getString("summary"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("completed_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
