package dev.keel.domain.studio.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The measured calls of benchmark runs. */
@Repository
public class StudioResults {
    private static final String COLUMNS = "r.run_id, r.provider_key, r.model_id, r.context_tokens, r.run_index,"
            + " r.provider, r.model, r.success, r.ttft_ms, r.total_time_s, r.output_tokens, r.input_tokens,"
            + " r.tokens_per_second, r.output_speed_tps, r.itl_ms, r.input_tokens_per_second, r.cost, r.error,"
            + " r.created_at";

    private final JdbcClient jdbc;

    public StudioResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the result once; false when a result with its key already exists (a retried activity). */
    public boolean insert(StudioResult r) {
        return jdbc.sql("""
                        INSERT INTO studio_run_results (run_id, provider_key, model_id, context_tokens, run_index,
                          provider, model, success, ttft_ms, total_time_s, output_tokens, input_tokens,
                          tokens_per_second, output_speed_tps, itl_ms, input_tokens_per_second, cost, error)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(r.runId(), r.providerKey(), r.modelId(), r.contextTokens(), r.runIndex(), r.provider(),
                        r.model(), r.success(), r.ttftMs(), r.totalTimeS(), r.outputTokens(), r.inputTokens(),
                        r.tokensPerSecond(), r.outputSpeedTps(), r.itlMs(), r.inputTokensPerSecond(), r.cost(),
                        r.error() == null ? "" : r.error())
                .update() == 1;
    }

    public List<StudioResult> ofRun(String runId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_run_results r WHERE r.run_id = ?"
                        + " ORDER BY r.created_at, r.model_id, r.context_tokens, r.run_index")
                .param(runId).query(StudioResults::map).list();
    }

    /** Every result of a user's runs since {@code since} (null: all time), oldest first. */
    public List<StudioResult> ofUser(long orgId, long userId, Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_run_results r JOIN studio_runs s ON s.id = r.run_id"
                        + " WHERE s.org_id = ? AND s.user_id = ? AND r.created_at >= ? ORDER BY r.created_at")
                .params(orgId, userId,
                        OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, ZoneOffset.UTC))
                .query(StudioResults::map).list();
    }

    private static StudioResult map(ResultSet rs, int row) throws SQLException {
        return new StudioResult(rs.getString("run_id"), rs.getString("provider_key"), rs.getString("model_id"),
                rs.getInt("context_tokens"), rs.getInt("run_index"), rs.getString("provider"), rs.getString("model"),
                rs.getBoolean("success"), rs.getDouble("ttft_ms"), rs.getDouble("total_time_s"),
                rs.getInt("output_tokens"), rs.getInt("input_tokens"), rs.getDouble("tokens_per_second"),
                (Double) rs.getObject("output_speed_tps"), (Double) rs.getObject("itl_ms"),
                (Double) rs.getObject("input_tokens_per_second"), rs.getDouble("cost"), rs.getString("error"),
                StudioRuns.instant(rs.getTimestamp("created_at")));
    }
}
