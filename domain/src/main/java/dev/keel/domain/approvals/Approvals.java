package dev.keel.domain.approvals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The approvals table. Every query is scoped by org, except the Telegram lookups (the bot is platform-wide). */
@Repository
public class Approvals {
    private static final String COLUMNS = "id, org_id, run_id, phase_id, context, decision_info::text AS decision_info,"
            + " deletion_info::text AS deletion_info, status, response_method, approval_reason, rejected_reason,"
            + " decided_by, requested_at, responded_at, timeout_at, telegram_sent, telegram_message_id,"
            + " telegram_error, workflow_id";

    private final JdbcClient jdbc;

    public Approvals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextId() {
        return jdbc.sql("SELECT nextval('approvals_id_seq')").query(Long.class).single();
    }

    /** Inserts a new row; {@code status} is pending, or approved with method auto in auto-approve mode. */
    public void insert(long id, long orgId, NewApproval a, String workflowId) {
        jdbc.sql("""
                        INSERT INTO approvals (id, org_id, run_id, phase_id, context, decision_info, deletion_info,
                            status, response_method, approval_reason, decided_by, responded_at, timeout_at, workflow_id)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS JSONB), CAST(? AS JSONB), ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, orgId, a.runId(), a.phaseId(), a.context(), a.decisionInfo(), a.deletionInfo(),
                        a.status(), a.responseMethod(), a.approvalReason(), a.decidedBy(),
                        a.respondedAt() == null ? null : Timestamp.from(a.respondedAt()),
                        Timestamp.from(a.timeoutAt()), workflowId)
                .update();
    }

    public Optional<ApprovalRecord> find(long orgId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM approvals WHERE org_id = ? AND id = ?")
                .params(orgId, id).query(Approvals::map).optional();
    }

    public List<ApprovalRecord> pending(long orgId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM approvals WHERE org_id = ? AND status = 'pending'"
                        + " ORDER BY requested_at DESC, id DESC LIMIT ?")
                .params(orgId, limit).query(Approvals::map).list();
    }

    /** The newest pending approval of a phase, across orgs: Telegram callback data carries only the phase id. */
    public Optional<ApprovalRecord> latestPendingForPhase(String phaseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM approvals WHERE phase_id = ? AND status = 'pending'"
                        + " ORDER BY requested_at DESC, id DESC LIMIT 1")
                .param(phaseId).query(Approvals::map).optional();
    }

    /** The approval whose Telegram message carried the pressed button (message ids are per chat; one chat). */
    public Optional<ApprovalRecord> findByTelegramMessage(long messageId, String phaseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM approvals WHERE telegram_message_id = ? AND phase_id = ?"
                        + " ORDER BY id DESC LIMIT 1")
                .params(messageId, phaseId).query(Approvals::map).optional();
    }

    /** Stores the sent message id once; returns false when a message id was already stored. */
    public boolean markTelegramSent(long orgId, long id, long messageId) {
        return jdbc.sql("UPDATE approvals SET telegram_sent = true, telegram_message_id = ?, telegram_error = NULL"
                        + " WHERE org_id = ? AND id = ? AND telegram_message_id IS NULL")
                .params(messageId, orgId, id).update() == 1;
    }

    public void markTelegramError(long orgId, long id, String error) {
        jdbc.sql("UPDATE approvals SET telegram_error = ? WHERE org_id = ? AND id = ? AND telegram_message_id IS NULL")
                .params(error, orgId, id).update();
    }

    /** Decides a pending row; returns false when it was no longer pending (the first decision wins). */
    public boolean decide(long orgId, long id, String status, String method, String decidedBy, String approvalReason,
                          String rejectedReason) {
        return jdbc.sql("""
                        UPDATE approvals SET status = ?, response_method = ?, decided_by = ?, approval_reason = ?,
                            rejected_reason = ?, responded_at = now()
                        WHERE org_id = ? AND id = ? AND status = 'pending'""")
                .params(status, method, decidedBy, approvalReason, rejectedReason, orgId, id).update() == 1;
    }

    /**
     * Closes a still-pending row without a decision: {@code status} cancelled (cancelled or terminated in
     * Temporal) or error (failed, timed out, lost, never started), the reason kept as rejected_reason.
     * False when it was no longer pending.
     */
    public boolean close(long orgId, long id, String status, String reason) {
        return jdbc.sql("UPDATE approvals SET status = ?, rejected_reason = ?, response_method = 'temporal',"
                        + " responded_at = now() WHERE org_id = ? AND id = ? AND status = 'pending'")
                .params(status, reason, orgId, id).update() == 1;
    }

    private static ApprovalRecord map(ResultSet rs, int row) throws SQLException {
        long messageId = rs.getLong("telegram_message_id");
        Long message = rs.wasNull() ? null : messageId;
        return new ApprovalRecord(rs.getLong("id"), rs.getLong("org_id"), rs.getString("run_id"),
                rs.getString("phase_id"), rs.getString("context"), rs.getString("decision_info"),
                rs.getString("deletion_info"), rs.getString("status"), rs.getString("response_method"),
                rs.getString("approval_reason"), rs.getString("rejected_reason"), rs.getString("decided_by"),
                instant(rs.getTimestamp("requested_at")), instant(rs.getTimestamp("responded_at")),
                instant(rs.getTimestamp("timeout_at")), rs.getBoolean("telegram_sent"), message,
                rs.getString("telegram_error"), rs.getString("workflow_id"));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
