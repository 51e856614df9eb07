package dev.keel.domain.studio.runs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Benchmark runs, always read by their owner (user and organization). */
@Repository
public class StudioRuns {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, org_id, user_id, workflow_id, status, prompt, max_tokens, temperature,"
            + " runs, context_tiers::text AS context_tiers, warmup, timeout_seconds,"
            + " provider_params::text AS provider_params, targets::text AS targets, metadata::text AS metadata,"
            + " total, error, created_at, finished_at";

    private final JdbcClient jdbc;

    public StudioRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the user's row so that two starts of one user are serialized (the one-active check). */
    public void lockUser(long userId) {
        jdbc.sql("SELECT id FROM users WHERE id = ? FOR UPDATE").param(userId).query(Long.class).optional();
    }

    public int countActive(long userId) {
        return jdbc.sql("SELECT count(*) FROM studio_runs WHERE user_id = ? AND status = 'running'")
                .param(userId).query(Integer.class).single();
    }

    public int countSince(long userId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM studio_runs WHERE user_id = ? AND created_at > ?")
                .params(userId, OffsetDateTime.ofInstant(since, ZoneOffset.UTC)).query(Integer.class).single();
    }

    public void insert(String id, long orgId, long userId, String workflowId, StudioRun.Request request) {
        jdbc.sql("""
                        INSERT INTO studio_runs (id, org_id, user_id, workflow_id, prompt, max_tokens, temperature, runs,
                          context_tiers, warmup, timeout_seconds, provider_params, targets, metadata)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, CAST(? AS JSONB), CAST(? AS JSONB),
                          CAST(? AS JSONB))""")
                .params(id, orgId, userId, workflowId, request.prompt(), request.maxTokens(), request.temperature(),
                        request.runs(), JSON.writeValueAsString(request.contextTiers()), request.warmup(),
                        request.timeoutSeconds(), request.providerParamsJson(),
                        JSON.writeValueAsString(request.targets()), request.metadataJson())
                .update();
    }

    /** For activities: the run by id alone (its workflow carries the id). */
    public Optional<StudioRun> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_runs WHERE id = ?").param(id).query(StudioRuns::map)
                .optional();
    }

    public Optional<StudioRun> findOwned(long orgId, long userId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_runs WHERE id = ? AND org_id = ? AND user_id = ?")
                .params(id, orgId, userId).query(StudioRuns::map).optional();
    }

    public Optional<StudioRun> latestActive(long orgId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_runs WHERE org_id = ? AND user_id = ? AND status = 'running'"
                        + " ORDER BY created_at DESC LIMIT 1")
                .params(orgId, userId).query(StudioRuns::map).optional();
    }

    /** Newest first; {@code since} null means all time. */
    public List<StudioRun> list(long orgId, long userId, Instant since, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_runs WHERE org_id = ? AND user_id = ?"
                        + " AND created_at >= ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?")
                .params(orgId, userId, OffsetDateTime.ofInstant(since == null ? Instant.EPOCH : since, ZoneOffset.UTC),
                        limit, offset)
                .query(StudioRuns::map).list();
    }

    /** Locks the run's row (in the caller's transaction) and tells whether it is still running. */
    public boolean lockRunning(String id) {
        return jdbc.sql("SELECT status FROM studio_runs WHERE id = ? FOR UPDATE").param(id).query(String.class)
                .optional().map(StudioRun.RUNNING::equals).orElse(false);
    }

    public void setTotal(String id, int total) {
        jdbc.sql("UPDATE studio_runs SET total = ? WHERE id = ?").params(total, id).update();
    }

    /** Closes a running run; false when it was already closed (first close wins). */
    public boolean finish(String id, String status, String error) {
        return jdbc.sql("UPDATE studio_runs SET status = ?, error = ?, finished_at = now()"
                        + " WHERE id = ? AND status = 'running'")
                .params(status, error, id).update() == 1;
    }

    public boolean delete(long orgId, long userId, String id) {
        return jdbc.sql("DELETE FROM studio_runs WHERE id = ? AND org_id = ? AND user_id = ?")
                .params(id, orgId, userId).update() == 1;
    }

    public Optional<StudioRun> findByWorkflowId(String workflowId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_runs WHERE workflow_id = ?").param(workflowId)
                .query(StudioRuns::map).optional();
    }

    private static StudioRun map(ResultSet rs, int row) throws SQLException {
        return new StudioRun(rs.getString("id"), rs.getLong("org_id"), rs.getLong("user_id"),
                rs.getString("workflow_id"), rs.getString("status"), rs.getString("prompt"), rs.getInt("max_tokens"),
                rs.getDouble("temperature"), rs.getInt("runs"),
                JSON.readValue(rs.getString("context_tiers"), new TypeReference<List<Integer>>() { }),
                rs.getBoolean("warmup"), rs.getInt("timeout_seconds"), rs.getString("provider_params"),
                JSON.readValue(rs.getString("targets"), new TypeReference<List<TargetRef>>() { }),
                rs.getString("metadata"), (Integer) rs.getObject("total"), rs.getString("error"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
