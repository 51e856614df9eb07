package dev.keel.domain.autopack.builds;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The operator's inbox: one query per page (phase counts and the current phase aggregated in SQL, no query per
 * run), newest first. The current phase is the first by (tier_index, phase_index) not COMPLETE or SKIPPED.
 */
@Repository
public class BuildRunInbox {
    private final JdbcClient jdbc;

    public BuildRunInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<InboxRow> page(long orgId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT r.run_id, r.state, r.created_at, r.tokens_used, r.token_cap,
                               (SELECT count(*) FROM autopack_phases p WHERE p.run_pk = r.id) AS total,
                               (SELECT count(*) FROM autopack_phases p WHERE p.run_pk = r.id AND p.state = 'COMPLETE')
                                   AS completed,
                               (SELECT p.name FROM autopack_phases p JOIN autopack_tiers t ON t.id = p.tier_pk
                                WHERE p.run_pk = r.id AND p.state NOT IN ('COMPLETE', 'SKIPPED')
                                ORDER BY t.tier_index, p.phase_index, p.id LIMIT 1) AS current_phase
                        FROM (SELECT * FROM autopack_runs WHERE org_id = ?
                              ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?) r
                        ORDER BY r.created_at DESC, r.id DESC""")
                .params(orgId, limit, offset)
                .query((rs, n) -> new InboxRow(rs.getString("run_id"), rs.getString("state"),
                        BuildRuns.instant(rs.getTimestamp("created_at")), rs.getLong("tokens_used"),
                        rs.getLong("token_cap"), rs.getInt("total"), rs.getInt("completed"),
                        rs.getString("current_phase")))
                .list();
    }

    public long count(long orgId) {
        return jdbc.sql("SELECT count(*) FROM autopack_runs WHERE org_id = ?").param(orgId).query(Long.class).single();
    }
}
