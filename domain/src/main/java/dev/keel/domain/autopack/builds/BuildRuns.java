package dev.keel.domain.autopack.builds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Autopack build runs, tiers and phases; every read by run id is scoped by organization. */
@Repository
public class BuildRuns {
    private static final String PHASE_COLUMNS = "p.id, p.run_pk, p.tier_pk, t.tier_id, t.tier_index, p.phase_id,"
            + " p.phase_index, p.name, p.description, p.state, p.task_category, p.complexity, p.builder_mode,"
            + " p.scope::text AS scope, p.builder_attempts, p.auditor_attempts, p.tokens_used, p.minor_issues_count,"
            + " p.major_issues_count, p.quality_level, p.quality_blocked, p.approval_id";

    private final JdbcClient jdbc;

    public BuildRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long orgId, String runId) {
        return jdbc.sql("SELECT count(*) FROM autopack_runs WHERE org_id = ? AND run_id = ?")
                .params(orgId, runId).query(Long.class).single() > 0;
    }

    /** Inserts the run, its tiers (PENDING) and phases (QUEUED), state RUN_CREATED; answers the run's key. */
    public long insert(long orgId, NewBuildRun run) {
        long runPk = jdbc.sql("""
                        INSERT INTO autopack_runs (org_id, run_id, workflow_id, state, safety_profile, run_scope,
                            token_cap, max_phases, max_duration_minutes)
                        VALUES (?, ?, ?, 'RUN_CREATED', ?, ?, ?, ?, ?) RETURNING id""")
                .params(orgId, run.runId(), run.workflowId(), run.safetyProfile(), run.runScope(), run.tokenCap(),
                        run.maxPhases(), run.maxDurationMinutes())
                .query(Long.class).single();
        Map<String, Long> tierKeys = new HashMap<>();
        for (NewBuildRun.NewTier t : run.tiers()) {
            tierKeys.put(t.tierId(), jdbc.sql("""
                            INSERT INTO autopack_tiers (run_pk, tier_id, tier_index, name, description)
                            VALUES (?, ?, ?, ?, ?) RETURNING id""")
                    .params(runPk, t.tierId(), t.tierIndex(), t.name(), t.description())
                    .query(Long.class).single());
        }
        for (NewBuildRun.NewPhase p : run.phases()) {
            jdbc.sql("""
                            INSERT INTO autopack_phases (run_pk, tier_pk, phase_id, phase_index, name, description,
                                task_category, complexity, builder_mode, scope)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB))""")
                    .params(runPk, tierKeys.get(p.tierId()), p.phaseId(), p.phaseIndex(), p.name(), p.description(),
                            p.taskCategory(), p.complexity(), p.builderMode(), p.scopeJson())
                    .update();
        }
        return runPk;
    }

    public Optional<StoredRun> find(long orgId, String runId) {
        return jdbc.sql("SELECT * FROM autopack_runs WHERE org_id = ? AND run_id = ?")
                .params(orgId, runId).query(BuildRuns::run).optional();
    }

    /** By primary key: for the workflow's activities only (the key came from an org-scoped start). */
    public Optional<StoredRun> byKey(long runPk) {
        return jdbc.sql("SELECT * FROM autopack_runs WHERE id = ?").param(runPk).query(BuildRuns::run).optional();
    }

    public List<StoredTier> tiers(long runPk) {
        return jdbc.sql("SELECT * FROM autopack_tiers WHERE run_pk = ? ORDER BY tier_index, id").param(runPk)
                .query((rs, n) -> new StoredTier(rs.getLong("id"), rs.getLong("run_pk"), rs.getString("tier_id"),
                        rs.getInt("tier_index"), rs.getString("name"), rs.getString("description"),
                        rs.getString("state"), rs.getInt("minor_issues_count"), rs.getInt("major_issues_count")))
                .list();
    }

    /** The run's phases in execution order: (tier_index, phase_index). */
    public List<StoredPhase> phases(long runPk) {
        return jdbc.sql("SELECT " + PHASE_COLUMNS + " FROM autopack_phases p JOIN autopack_tiers t ON t.id = p.tier_pk"
                        + " WHERE p.run_pk = ? ORDER BY t.tier_index, p.phase_index, p.id")
                .param(runPk).query(BuildRuns::phase).list();
    }

    private static StoredRun run(ResultSet rs, int n) throws SQLException {
        return new StoredRun(rs.getLong("id"), rs.getLong("org_id"), rs.getString("run_id"),
                rs.getString("workflow_id"), rs.getString("state"), rs.getString("safety_profile"),
                rs.getString("run_scope"), rs.getLong("token_cap"), rs.getInt("max_phases"),
                rs.getBigDecimal("max_duration_minutes"), rs.getLong("tokens_used"), rs.getInt("ci_runs_used"),
                rs.getInt("minor_issues_count"), rs.getInt("major_issues_count"), rs.getString("failure_reason"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("completed_at")));
    }

    private static StoredPhase phase(ResultSet rs, int n) throws SQLException {
        long approval = rs.getLong("approval_id");
        Long approvalId = rs.wasNull() ? null : approval;
        return new StoredPhase(rs.getLong("id"), rs.getLong("run_pk"), rs.getLong("tier_pk"),
                rs.getString("tier_id"), rs.getInt("tier_index"), rs.getString("phase_id"), rs.getInt("phase_index"),
                rs.getString("name"), rs.getString("description"), rs.getString("state"),
                rs.getString("task_category"), rs.getString("complexity"), rs.getString("builder_mode"),
                rs.getString("scope"), rs.getInt("builder_attempts"), rs.getInt("auditor_attempts"),
                rs.getLong("tokens_used"), rs.getInt("minor_issues_count"), rs.getInt("major_issues_count"),
                rs.getString("quality_level"), rs.getBoolean("quality_blocked"), approvalId);
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
