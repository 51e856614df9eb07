package dev.keel.domain.autopack.dashboard;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Model overrides of an organization: global ones replace a default; run ones apply to one run only. */
@Repository
public class ModelOverrides {
    private final JdbcClient jdbc;

    public ModelOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(long orgId, ModelMapping mapping) {
        jdbc.sql("""
                        INSERT INTO autopack_model_overrides (org_id, scope, run_id, role, category, complexity, model)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (org_id, scope, run_id, role, category, complexity)
                        DO UPDATE SET model = EXCLUDED.model, updated_at = now()""")
                .params(orgId, mapping.scope(), mapping.runId() == null ? "" : mapping.runId(), mapping.role(),
                        mapping.category(), mapping.complexity(), mapping.model())
                .update();
    }

    /** The defaults with the organization's global overrides applied, then its run overrides. */
    public List<ModelMapping> effective(long orgId) {
        List<ModelMapping> overrides = jdbc.sql("""
                        SELECT role, category, complexity, model, scope, NULLIF(run_id, '') FROM autopack_model_overrides
                        WHERE org_id = ? ORDER BY scope, run_id, role, category, complexity""")
                .param(orgId)
                .query((rs, n) -> new ModelMapping(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        List<ModelMapping> global = ModelCatalog.defaults().stream().map(d -> overrides.stream()
                .filter(o -> o.scope().equals("global") && same(o, d.role(), d.category(), d.complexity()))
                .findFirst().map(o -> new ModelMapping(d.role(), d.category(), d.complexity(), o.model(), "global",
                        null)).orElse(d)).toList();
        return java.util.stream.Stream.concat(global.stream(),
                overrides.stream().filter(o -> o.scope().equals("run"))).toList();
    }

    /** The model a role of a run uses: the run's override, else the organization's, else the default. */
    public String resolve(long orgId, String runId, String role, String category, String complexity) {
        return jdbc.sql("""
                        SELECT model FROM autopack_model_overrides
                        WHERE org_id = ? AND role = ? AND category = ? AND complexity = ?
                          AND (scope = 'global' OR (scope = 'run' AND run_id = ?))
                        ORDER BY scope DESC LIMIT 1""")
                .params(orgId, role, category, complexity, runId)
                .query(String.class).optional()
                .orElseGet(() -> ModelCatalog.defaultModel(role, category, complexity));
    }

    private static boolean same(ModelMapping m, String role, String category, String complexity) {
        return m.role().equals(role) && m.category().equals(category) && m.complexity().equals(complexity);
    }
}
