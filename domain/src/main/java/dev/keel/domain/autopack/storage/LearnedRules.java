package dev.keel.domain.autopack.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rules learned from an organization's decisions; suggested as pending, a human approves them. */
@Repository
public class LearnedRules {
    private final JdbcClient jdbc;

    public LearnedRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a pattern as a pending rule, or refreshes the evidence of the rule it already is. */
    public void suggest(long orgId, ApprovalPattern pattern, String samplePathsJson) {
        jdbc.sql("""
                        INSERT INTO autopack_learned_rules (org_id, pattern_type, pattern_value, suggested_category,
                            confidence_score, based_on_approvals, based_on_rejections, sample_paths, description)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (org_id, pattern_type, pattern_value, suggested_category) DO UPDATE
                        SET confidence_score = excluded.confidence_score,
                            based_on_approvals = excluded.based_on_approvals,
                            based_on_rejections = excluded.based_on_rejections,
                            sample_paths = excluded.sample_paths, description = excluded.description""")
                .params(orgId, pattern.patternType(), pattern.patternValue(), pattern.category(),
                        pattern.confidence(), pattern.approvals(), pattern.rejections(), samplePathsJson,
                        pattern.description())
                .update();
    }

    /** By confidence, then newest first. */
    public List<LearnedRule> list(long orgId, String status, int limit) {
        return jdbc.sql("""
                        SELECT * FROM autopack_learned_rules WHERE org_id = ? AND (CAST(? AS TEXT) IS NULL OR status = ?)
                        ORDER BY confidence_score DESC, created_at DESC, id DESC LIMIT ?""")
                .params(orgId, status, status, limit).query(LearnedRules::map).list();
    }

    /** Approves a rule of the organization; empty when it has no such rule. Approving twice keeps the first review. */
    public Optional<LearnedRule> approve(long orgId, long ruleId, String reviewedBy, String notes) {
        jdbc.sql("""
                        UPDATE autopack_learned_rules SET status = 'approved', reviewed_by = ?, reviewed_at = now(),
                            notes = coalesce(?, notes)
                        WHERE org_id = ? AND id = ? AND status = 'pending'""")
                .params(reviewedBy, notes, orgId, ruleId).update();
        return jdbc.sql("SELECT * FROM autopack_learned_rules WHERE org_id = ? AND id = ?").params(orgId, ruleId)
                .query(LearnedRules::map).optional();
    }

    private static LearnedRule map(ResultSet rs, int row) throws SQLException {
        return new LearnedRule(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("pattern_type"), rs.getString("pattern_value"), rs.getString("suggested_category"),
                rs.getDouble("confidence_score"), rs.getInt("based_on_approvals"), rs.getInt("based_on_rejections"),
                rs.getString("sample_paths"), rs.getString("status"), rs.getString("reviewed_by"),
                rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant(),
                rs.getString("description"), rs.getString("notes"));
    }
}
