package dev.keel.domain.autopack.dashboard;

import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Token usage of build-run phases per role, copied from the stored phase (so a repeated or late save writes the
 * same numbers); the model is resolved when a role's first tokens are recorded.
 */
@Repository
public class BuildUsage {
    private final JdbcClient jdbc;
    private final ModelOverrides overrides;

    public BuildUsage(JdbcClient jdbc, ModelOverrides overrides) {
        this.jdbc = jdbc;
        this.overrides = overrides;
    }

    /** Usage of one provider and model in a window. */
    public record ModelTotal(String provider, String model, long totalTokens) {
    }

    public void record(long runPk, String phaseId) {
        record PhaseRow(long orgId, String runId, String category, String complexity, long builder, long auditor) {
        }
        PhaseRow row = jdbc.sql("""
                        SELECT r.org_id, r.run_id, p.task_category, p.complexity, p.builder_tokens, p.auditor_tokens
                        FROM autopack_phases p JOIN autopack_runs r ON r.id = p.run_pk
                        WHERE p.run_pk = ? AND p.phase_id = ?""")
                .params(runPk, phaseId)
                .query((rs, n) -> new PhaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getLong(6)))
                .optional().orElse(null);
        if (row == null) {
            return;
        }
        String category = ModelCatalog.category(row.category());
        String complexity = ModelCatalog.complexity(row.complexity());
        upsert(runPk, phaseId, "builder", row.builder(),
                overrides.resolve(row.orgId(), row.runId(), "builder", category, complexity));
        upsert(runPk, phaseId, "auditor", row.auditor(),
                overrides.resolve(row.orgId(), row.runId(), "auditor", category, complexity));
    }

    private void upsert(long runPk, String phaseId, String role, long tokens, String model) {
        if (tokens <= 0) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO autopack_usage (run_pk, phase_id, role, provider, model, total_tokens)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (run_pk, phase_id, role) DO UPDATE SET total_tokens = EXCLUDED.total_tokens,
                            recorded_at = now()
                        WHERE autopack_usage.total_tokens <> EXCLUDED.total_tokens""")
                .params(runPk, phaseId, role, ModelCatalog.provider(model), model, tokens)
                .update();
    }

    /** The organization's usage recorded since {@code since}, per provider and model, largest first. */
    public List<ModelTotal> since(long orgId, Instant since) {
        return jdbc.sql("""
                        SELECT u.provider, u.model, sum(u.total_tokens) FROM autopack_usage u
                        JOIN autopack_runs r ON r.id = u.run_pk
                        WHERE r.org_id = ? AND u.recorded_at >= ?
                        GROUP BY u.provider, u.model ORDER BY 3 DESC, 1, 2""")
                .params(orgId, Timestamp.from(since))
                .query((rs, n) -> new ModelTotal(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }
}
