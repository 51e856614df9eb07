package dev.keel.domain.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The governance_requests table. Every query is scoped by org, except the Telegram lookup by request id. */
@Repository
public class GovernanceRequests {
    private static final String COLUMNS = "request_id, org_id, run_id, phase_id, requested_paths::text AS requested_paths,"
            + " justification, risk_level, auto_approved, approved, approved_by, created_at, decided_at,"
            + " telegram_message_id, workflow_id, closed_status, closed_reason";

    private final JdbcClient jdbc;

    public GovernanceRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a request; an auto-approved one is stored already decided (approved_by "auto"). */
    public void insert(String requestId, long orgId, String runId, String phaseId, String pathsJson,
                       String justification, String riskLevel, boolean autoApproved, String workflowId) {
        jdbc.sql("""
                        INSERT INTO governance_requests (request_id, org_id, run_id, phase_id, requested_paths,
                            justification, risk_level, auto_approved, approved, approved_by, decided_at, workflow_id)
                        VALUES (?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END, ?)""")
                .params(requestId, orgId, runId, phaseId, pathsJson, justification, riskLevel, autoApproved,
                        autoApproved ? Boolean.TRUE : null, autoApproved ? "auto" : null, autoApproved, workflowId)
                .update();
    }

    public Optional<GovernanceRecord> find(long orgId, String requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance_requests WHERE org_id = ? AND request_id = ?")
                .params(orgId, requestId).query(GovernanceRequests::map).optional();
    }

    /** Lookup for Telegram callbacks, which carry only the request id (unique across orgs). */
    public Optional<GovernanceRecord> findForTelegram(String requestId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance_requests WHERE request_id = ?")
                .param(requestId).query(GovernanceRequests::map).optional();
    }

    public List<GovernanceRecord> pending(long orgId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM governance_requests WHERE org_id = ? AND approved IS NULL"
                        + " AND closed_status IS NULL"
                        + " ORDER BY created_at DESC LIMIT ?")
                .params(orgId, limit).query(GovernanceRequests::map).list();
    }

    /** Decides a pending request; false when it was already decided (the first decision wins). */
    public boolean decide(long orgId, String requestId, boolean approved, String approvedBy) {
        return jdbc.sql("UPDATE governance_requests SET approved = ?, approved_by = ?, decided_at = now()"
                        + " WHERE org_id = ? AND request_id = ? AND approved IS NULL AND closed_status IS NULL")
                .params(approved, approvedBy, orgId, requestId).update() == 1;
    }

    /**
     * Closes a still-pending request without a decision: {@code status} cancelled (cancelled or terminated in
     * Temporal) or error (failed, timed out, lost). False when it was no longer pending.
     */
    public boolean close(long orgId, String requestId, String status, String reason) {
        return jdbc.sql("UPDATE governance_requests SET closed_status = ?, closed_reason = ?, decided_at = now()"
                        + " WHERE org_id = ? AND request_id = ? AND approved IS NULL AND closed_status IS NULL")
                .params(status, reason, orgId, requestId).update() == 1;
    }

    public boolean markTelegramSent(long orgId, String requestId, long messageId) {
        return jdbc.sql("UPDATE governance_requests SET telegram_message_id = ? WHERE org_id = ? AND request_id = ?"
                        + " AND telegram_message_id IS NULL")
                .params(messageId, orgId, requestId).update() == 1;
    }

    private static GovernanceRecord map(ResultSet rs, int row) throws SQLException {
        boolean approved = rs.getBoolean("approved");
        Boolean approvedValue = rs.wasNull() ? null : approved;
        long messageId = rs.getLong("telegram_message_id");
        Long message = rs.wasNull() ? null : messageId;
        return new GovernanceRecord(rs.getString("request_id"), rs.getLong("org_id"), rs.getString("run_id"),
                rs.getString("phase_id"), rs.getString("requested_paths"), rs.getString("justification"),
                rs.getString("risk_level"), rs.getBoolean("auto_approved"), approvedValue,
                rs.getString("approved_by"), Approvals.instant(rs.getTimestamp("created_at")),
                Approvals.instant(rs.getTimestamp("decided_at")), message, rs.getString("workflow_id"),
                rs.getString("closed_status"), rs.getString("closed_reason"));
    }
}
