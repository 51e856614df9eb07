package dev.keel.domain.autopack.builds;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The build run workflow's writes. Each is idempotent: absolute values guarded by the workflow's change counter
 * ({@code state_version}), issue rows keyed by (run, phase, key), the approval link set once.
 */
@Repository
public class BuildRunWrites {
    private final JdbcClient jdbc;

    public BuildRunWrites(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies the snapshot unless a newer one is stored; answers whether it was applied. */
    @Transactional
    public boolean save(long runPk, long version, String state, long tokensUsed, String failureReason, boolean done,
                        PhaseProgress phase) {
        int applied = jdbc.sql("""
                        UPDATE autopack_runs SET state_version = ?, state = ?, tokens_used = ?, failure_reason = ?,
                            completed_at = CASE WHEN ? THEN coalesce(completed_at, now()) END
                        WHERE id = ? AND state_version < ?""")
                .params(version, state, tokensUsed, failureReason, done, runPk, version)
                .update();
        if (applied == 0) {
            return false;
        }
        if (phase != null) {
            jdbc.sql("""
                            UPDATE autopack_phases SET state = ?, builder_attempts = ?, auditor_attempts = ?,
                                builder_tokens = ?, auditor_tokens = ?, tokens_used = ?, minor_issues_count = ?,
                                major_issues_count = ?, quality_level = ?, quality_blocked = ?,
                                approval_id = coalesce(?, approval_id), updated_at = now()
                            WHERE run_pk = ? AND phase_id = ?""")
                    .params(phase.state(), phase.builderAttempts(), phase.auditorAttempts(), phase.builderTokens(),
                            phase.auditorTokens(), phase.builderTokens() + phase.auditorTokens(),
                            phase.minorIssuesCount(), phase.majorIssuesCount(), phase.qualityLevel(),
                            phase.qualityBlocked(), phase.approvalId(), runPk, phase.phaseId())
                    .update();
        }
        rollUp(runPk);
        return true;
    }

    /** Tier states and issue totals from their phases; run issue totals from the tiers. */
    private void rollUp(long runPk) {
        jdbc.sql("""
                        UPDATE autopack_tiers t SET
                            minor_issues_count = s.minor, major_issues_count = s.major,
                            state = CASE WHEN s.total = 0 THEN t.state
                                         WHEN s.done = s.total THEN 'COMPLETE'
                                         WHEN s.final = s.total THEN 'FAILED'
                                         WHEN s.queued = s.total THEN 'PENDING'
                                         ELSE 'IN_PROGRESS' END
                        FROM (SELECT tier_pk, sum(minor_issues_count) AS minor, sum(major_issues_count) AS major,
                                     count(*) AS total,
                                     count(*) FILTER (WHERE state IN ('COMPLETE', 'SKIPPED')) AS done,
                                     count(*) FILTER (WHERE state IN ('COMPLETE', 'SKIPPED', 'FAILED')) AS final,
                                     count(*) FILTER (WHERE state = 'QUEUED') AS queued
                              FROM autopack_phases WHERE run_pk = ? GROUP BY tier_pk) s
                        WHERE t.id = s.tier_pk""")
                .param(runPk).update();
        jdbc.sql("""
                        UPDATE autopack_runs r SET minor_issues_count = s.minor, major_issues_count = s.major
                        FROM (SELECT coalesce(sum(minor_issues_count), 0) AS minor,
                                     coalesce(sum(major_issues_count), 0) AS major
                              FROM autopack_tiers WHERE run_pk = ?) s
                        WHERE r.id = ?""")
                .params(runPk, runPk).update();
    }

    /** Stores the issues (a key seen again in the same phase is kept once) and answers the distinct counts. */
    @Transactional
    public List<int[]> recordIssues(long runPk, List<NewIssue> issues) {
        for (NewIssue i : issues) {
            jdbc.sql("""
                            INSERT INTO autopack_issues (run_pk, phase_id, issue_key, severity, source, category,
                                task_category, complexity, evidence_refs)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))
                            ON CONFLICT (run_pk, phase_id, issue_key) DO NOTHING""")
                    .params(runPk, i.phaseId(), i.issueKey(), i.severity(), i.source(), i.category(),
                            i.taskCategory(), i.complexity(), i.evidenceRefsJson())
                    .update();
        }
        return issues.stream().map(NewIssue::phaseId).distinct().map(phaseId -> jdbc.sql("""
                        SELECT count(*) FILTER (WHERE severity = 'minor'), count(*) FILTER (WHERE severity = 'major')
                        FROM autopack_issues WHERE run_pk = ? AND phase_id = ?""")
                .params(runPk, phaseId)
                .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single()).toList();
    }

    /** The approval already linked to the phase, locking the phase row until the caller's transaction ends. */
    public Long lockApproval(long runPk, String phaseId) {
        return jdbc.sql("SELECT approval_id FROM autopack_phases WHERE run_pk = ? AND phase_id = ? FOR UPDATE")
                .params(runPk, phaseId)
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    return rs.wasNull() ? null : id;
                })
                .list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public void linkApproval(long runPk, String phaseId, long approvalId) {
        jdbc.sql("UPDATE autopack_phases SET approval_id = ? WHERE run_pk = ? AND phase_id = ?")
                .params(approvalId, runPk, phaseId).update();
    }

    /** A run whose workflow ended without recording it: DONE_FAILED_ENVIRONMENT unless already DONE_*. */
    public void abandon(String workflowId, String reason) {
        jdbc.sql("""
                        UPDATE autopack_runs SET state = 'DONE_FAILED_ENVIRONMENT', failure_reason = ?,
                            completed_at = coalesce(completed_at, now())
                        WHERE workflow_id = ? AND state NOT LIKE 'DONE\\_%'""")
                .params(reason, workflowId).update();
    }
}
