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
            "id, org_id, kind, business_key, workflow_id, status, summary, created_at, updated_at, completed_at,"
            + " outcome, error, progress::text AS progress";

    private final JdbcClient jdbc;

    public RunIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Registers a run started outside the launcher (embedding batches: their own outbox starts them), status
     * running. Idempotent on workflow id: registering the same workflow twice returns the existing run id.
     */
    public long registerRunning(long orgId, String kind, String businessKey, String workflowId, String summary) {
        return jdbc.sql("""
                        INSERT INTO runs (org_id, kind, business_key, workflow_id, status, summary)
                        VALUES (?, ?, ?, ?, 'running', ?)
                        ON CONFLICT (workflow_id) DO UPDATE SET updated_at = runs.updated_at
                        RETURNING id""")
                .params(orgId, kind, businessKey, workflowId, summary)
                .query(Long.class)
                .single();
    }

    /**
     * Registers a run about to be started through the outbox, status queued. Empty when a run with this
     * workflow id exists and is still open, or is closed and {@code reuseClosedId} is false; a closed one is
     * otherwise reopened for the new execution (kinds whose workflow id is reused, e.g. per-candidate questions),
     * and the events of its previous execution are dropped.
     */
    public Optional<Long> registerQueued(long orgId, String kind, String businessKey, String workflowId,
                                         String summary, boolean reuseClosedId) {
        return jdbc.sql("""
                        INSERT INTO runs (org_id, kind, business_key, workflow_id, status, summary)
                        VALUES (?, ?, ?, ?, 'queued', ?)
                        ON CONFLICT (workflow_id) DO UPDATE SET status = 'queued', summary = EXCLUDED.summary,
                            outcome = NULL, error = NULL, progress = NULL, completed_at = NULL, reconciled_at = NULL,
                            created_at = now(), updated_at = now()
                        WHERE runs.completed_at IS NOT NULL AND runs.org_id = EXCLUDED.org_id AND ?
                        RETURNING id""")
                .params(orgId, kind, businessKey, workflowId, summary, reuseClosedId)
                .query(Long.class)
                .optional()
                .map(runId -> {
                    // A reopened run starts a new execution: its stream starts over at event 1.
                    jdbc.sql("DELETE FROM run_events WHERE run_id = ?").param(runId).update();
                    return runId;
                });
    }

    /** Temporal accepted the start: a queued run becomes {@code status} (running, or waiting for a human). */
    public void markStarted(String workflowId, RunStatus status) {
        jdbc.sql("UPDATE runs SET status = ?, updated_at = now() WHERE workflow_id = ? AND status = 'queued'")
                .params(status.wire(), workflowId)
                .update();
    }

    /** Moves an open run to another open status (running, waiting); a closed run stays closed. */
    public void markOpen(String workflowId, RunStatus status) {
        jdbc.sql("UPDATE runs SET status = ?, updated_at = now() WHERE workflow_id = ? AND completed_at IS NULL")
                .params(status.wire(), workflowId)
                .update();
    }

    /**
     * Closes a run: status, outcome and error, completed_at stamped. Only the first close counts (a later one,
     * e.g. the reconciler racing the workflow's own record, changes nothing); returns whether this call closed it.
     */
    public boolean close(String workflowId, RunStatus status, String outcome, String error) {
        return jdbc.sql("""
                        UPDATE runs SET status = ?, outcome = coalesce(?, outcome), error = ?, updated_at = now(),
                               completed_at = now()
                        WHERE workflow_id = ? AND completed_at IS NULL""")
                .params(status.wire(), outcome, error, workflowId)
                .update() == 1;
    }

    /** Stores the latest progress snapshot (a JSON object) of an open run. */
    public void updateProgress(String workflowId, String progressJson) {
        jdbc.sql("UPDATE runs SET progress = CAST(? AS JSONB), updated_at = now() WHERE workflow_id = ?"
                        + " AND completed_at IS NULL")
                .params(progressJson, workflowId)
                .update();
    }

    /** Open runs created before {@code createdBefore}, least recently reconciled first. */
    public List<RunRecord> openForReconciliation(Instant createdBefore, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runs WHERE completed_at IS NULL AND created_at < ?"
                        + " ORDER BY reconciled_at NULLS FIRST, id LIMIT ?")
                .params(Timestamp.from(createdBefore), limit)
                .query(RunIndex::map)
                .list();
    }

    public void markReconciled(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE runs SET reconciled_at = now() WHERE id = ANY(?)")
                .param(runIds.toArray(Long[]::new))
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

    /** The organization's runs, newest first; a null kind or status means any. */
    public List<RunRecord> list(long orgId, String kind, String status, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM runs WHERE org_id = ? AND (CAST(? AS TEXT) IS NULL OR kind = ?)"
                        + " AND (CAST(? AS TEXT) IS NULL OR status = ?) ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(orgId, kind, kind, status, status, limit, offset)
                .query(RunIndex::map)
                .list();
    }

    public long count(long orgId, String kind, String status) {
        return jdbc.sql("SELECT count(*) FROM runs WHERE org_id = ? AND (CAST(? AS TEXT) IS NULL OR kind = ?)"
                        + " AND (CAST(? AS TEXT) IS NULL OR status = ?)")
                .params(orgId, kind, kind, status, status)
                .query(Long.class)
                .single();
    }

    private static RunRecord map(ResultSet rs, int row) throws SQLException {
        return new RunRecord(rs.getLong("id"), rs.getLong("org_id"), rs.getString("kind"),
                rs.getString("business_key"), rs.getString("workflow_id"), rs.getString("status"),
                rs.getString("summary"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("completed_at")),
                rs.getString("outcome"), rs.getString("error"), rs.getString("progress"));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
