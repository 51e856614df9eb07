package dev.keel.domain.autopack.dashboard;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A/B comparisons derived from an organization's build runs: runs with the same phase ids are runs of one plan
 * (test id {@code plan-<hash>}); each run is compared with the run of that plan started just before it.
 */
@Repository
public class BuildRunComparisons {
    private final JdbcClient jdbc;

    public BuildRunComparisons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest treatment first. */
    public List<RunComparison> of(long orgId) {
        List<RunOutcome> runs = jdbc.sql("""
                        SELECT r.id, r.run_id, r.state, r.safety_profile, r.tokens_used, count(p.id),
                            count(p.id) FILTER (WHERE p.state = 'COMPLETE'), count(p.id) FILTER (WHERE p.state = 'FAILED'),
                            r.created_at, r.started_at, r.completed_at,
                            md5(coalesce(string_agg(p.phase_id, ',' ORDER BY p.phase_id), ''))
                        FROM autopack_runs r LEFT JOIN autopack_phases p ON p.run_pk = r.id
                        WHERE r.org_id = ? GROUP BY r.id ORDER BY r.created_at, r.id""")
                .param(orgId)
                .query((rs, n) -> new RunOutcome(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10).toInstant(), instant(rs.getTimestamp(11)), rs.getString(12)))
                .list();
        Map<String, RunOutcome> previous = new LinkedHashMap<>();
        List<RunComparison> comparisons = new ArrayList<>();
        for (RunOutcome run : runs) {
            RunOutcome control = previous.put(run.planKey(), run);
            if (control != null && run.totalPhases() > 0) {
                comparisons.add(RunComparison.of(control, run));
            }
        }
        comparisons.sort(Comparator.comparing((RunComparison c) -> c.treatment().createdAt())
                .thenComparing(RunComparison::id).reversed());
        return comparisons;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
