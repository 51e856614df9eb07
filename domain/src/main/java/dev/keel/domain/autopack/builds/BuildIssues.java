package dev.keel.domain.autopack.builds;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issue indexes read from autopack_issues: per run, and the organization's backlog across runs. */
@Repository
public class BuildIssues {
    /** One issue key of a run: where it was seen. */
    public record RunIssue(String issueKey, String category, String severity, int firstPhaseIndex,
                           int lastPhaseIndex, int occurrenceCount, List<String> seenInTiers,
                           List<String> seenInPhases) {
    }

    /** One issue key across an organization's runs. */
    public record BacklogIssue(String issueKey, String category, String baseSeverity, int ageInRuns, int ageInTiers,
                               String firstSeenRunId, String lastSeenRunId, java.time.Instant lastSeenAt,
                               List<String> seenInTiers) {
    }

    private final JdbcClient jdbc;

    public BuildIssues(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<RunIssue> forRun(long runPk) {
        return jdbc.sql("""
                        SELECT i.issue_key, min(i.category) AS category, max(i.severity) AS severity,
                               min(p.phase_index) AS first_idx, max(p.phase_index) AS last_idx, count(*) AS n,
                               array_agg(DISTINCT t.tier_id) AS tiers, array_agg(DISTINCT i.phase_id) AS phases
                        FROM autopack_issues i
                        JOIN autopack_phases p ON p.run_pk = i.run_pk AND p.phase_id = i.phase_id
                        JOIN autopack_tiers t ON t.id = p.tier_pk
                        WHERE i.run_pk = ? GROUP BY i.issue_key ORDER BY i.issue_key""")
                .param(runPk)
                .query((rs, n) -> new RunIssue(rs.getString("issue_key"), rs.getString("category"),
                        rs.getString("severity"), rs.getInt("first_idx"), rs.getInt("last_idx"), rs.getInt("n"),
                        List.of((String[]) rs.getArray("tiers").getArray()),
                        List.of((String[]) rs.getArray("phases").getArray())))
                .list();
    }

    public List<BacklogIssue> backlog(long orgId, int limit) {
        return jdbc.sql("""
                        SELECT i.issue_key, min(i.category) AS category, max(i.severity) AS severity,
                               count(DISTINCT r.id) AS runs, count(DISTINCT p.tier_pk) AS tiers,
                               (array_agg(r.run_id ORDER BY i.first_seen_at))[1] AS first_run,
                               (array_agg(r.run_id ORDER BY i.first_seen_at DESC))[1] AS last_run,
                               max(i.first_seen_at) AS last_seen, array_agg(DISTINCT t.tier_id) AS tier_ids
                        FROM autopack_issues i
                        JOIN autopack_runs r ON r.id = i.run_pk
                        JOIN autopack_phases p ON p.run_pk = i.run_pk AND p.phase_id = i.phase_id
                        JOIN autopack_tiers t ON t.id = p.tier_pk
                        WHERE r.org_id = ? GROUP BY i.issue_key ORDER BY max(i.first_seen_at) DESC LIMIT ?""")
                .params(orgId, limit)
                .query((rs, n) -> new BacklogIssue(rs.getString("issue_key"), rs.getString("category"),
                        rs.getString("severity"), rs.getInt("runs"), rs.getInt("tiers"), rs.getString("first_run"),
                        rs.getString("last_run"), BuildRuns.instant(rs.getTimestamp("last_seen")),
                        List.of((String[]) rs.getArray("tier_ids").getArray())))
                .list();
    }
}
