package dev.keel.domain.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Workflow starts written in the same transaction as their run row. A start is claimed with a lease (so one
 * replica starts it at a time, without holding a transaction across the call to Temporal), deleted once
 * Temporal accepted it, and rescheduled with backoff when Temporal could not be reached.
 */
@Repository
public class WorkflowOutbox {
    private static final String COLUMNS = """
            o.id, o.run_id, r.org_id, r.kind, o.workflow_id, o.workflow_type, o.task_queue, o.input_class,
            o.input::text AS input, r.summary, o.static_details, o.initial_status, o.reuse_closed_id,
            o.execution_timeout_seconds, o.attempts, o.created_at""";

    private final JdbcClient jdbc;

    public WorkflowOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long runId, String workflowId, String workflowType, String taskQueue, String inputClass,
                       String inputJson, String staticDetails, RunStatus initialStatus, boolean reuseClosedId,
                       Long executionTimeoutSeconds) {
        jdbc.sql("""
                        INSERT INTO workflow_outbox (run_id, workflow_id, workflow_type, task_queue, input_class, input,
                            static_details, initial_status, reuse_closed_id, execution_timeout_seconds)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?, ?)
                        ON CONFLICT (workflow_id) DO NOTHING""")
                .params(runId, workflowId, workflowType, taskQueue, inputClass, inputJson, staticDetails,
                        initialStatus.wire(), reuseClosedId, executionTimeoutSeconds)
                .update();
    }

    /** Claims one start by workflow id for {@code lease}; empty when another replica holds it or it is gone. */
    public Optional<PendingStart> claim(String workflowId, Duration lease) {
        return claimWhere("workflow_id = ?", workflowId, 1, lease).stream().findFirst();
    }

    /**
     * Claims up to {@code limit} due starts older than {@code minAge}, oldest first, each for {@code lease}.
     * The age leaves a fresh start to the request that wrote it, which sends it right after its commit.
     */
    public List<PendingStart> claimDue(int limit, Duration lease, Duration minAge) {
        return claimWhere("created_at <= now() - make_interval(secs => " + minAge.toMillis() / 1000.0 + ")", null,
                limit, lease);
    }

    public boolean queued(String workflowId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM workflow_outbox WHERE workflow_id = ?)").param(workflowId)
                .query(Boolean.class).single();
    }

    private List<PendingStart> claimWhere(String condition, String workflowId, int limit, Duration lease) {
        String sql = "WITH claimed AS (UPDATE workflow_outbox SET attempts = attempts + 1,"
                + " next_attempt_at = now() + make_interval(secs => ?) WHERE id IN (SELECT id FROM workflow_outbox"
                + " WHERE " + condition + " AND next_attempt_at <= now() ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING *) SELECT " + COLUMNS + " FROM claimed o JOIN runs r ON r.id = o.run_id ORDER BY o.id";
        var statement = jdbc.sql(sql).param((double) lease.toSeconds());
        if (workflowId != null) {
            statement = statement.param(workflowId);
        }
        return statement.param(limit).query(WorkflowOutbox::map).list();
    }

    /** Temporal accepted the start (or already had the workflow). */
    public void done(long id) {
        jdbc.sql("DELETE FROM workflow_outbox WHERE id = ?").param(id).update();
    }

    /** Temporal could not be reached: try again after {@code delay}. */
    public void retryLater(long id, String error, Duration delay) {
        jdbc.sql("UPDATE workflow_outbox SET last_error = ?, next_attempt_at = now() + make_interval(secs => ?)"
                        + " WHERE id = ?")
                .params(error, (double) delay.toSeconds(), id)
                .update();
    }

    /** Drops a start nobody is sending right now; false when it is gone or another replica holds its row. */
    public boolean withdraw(String workflowId) {
        return jdbc.sql("DELETE FROM workflow_outbox WHERE id IN (SELECT id FROM workflow_outbox WHERE workflow_id = ?"
                        + " FOR UPDATE SKIP LOCKED)")
                .param(workflowId)
                .update() == 1;
    }

    public boolean pendingFor(long runId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM workflow_outbox WHERE run_id = ?)").param(runId)
                .query(Boolean.class).single();
    }

    public long size() {
        return jdbc.sql("SELECT count(*) FROM workflow_outbox").query(Long.class).single();
    }

    private static PendingStart map(ResultSet rs, int row) throws SQLException {
        Long timeout = rs.getObject("execution_timeout_seconds", Long.class);
        return new PendingStart(rs.getLong("id"), rs.getLong("run_id"), rs.getLong("org_id"), rs.getString("kind"),
                rs.getString("workflow_id"), rs.getString("workflow_type"), rs.getString("task_queue"),
                rs.getString("input_class"), rs.getString("input"), rs.getString("summary"),
                rs.getString("static_details"), RunStatus.parse(rs.getString("initial_status")).orElseThrow(),
                rs.getBoolean("reuse_closed_id"), timeout,
                rs.getInt("attempts"), RunIndex.instant(rs.getTimestamp("created_at")));
    }
}
