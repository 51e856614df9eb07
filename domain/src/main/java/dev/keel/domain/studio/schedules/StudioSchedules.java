package dev.keel.domain.studio.schedules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Scheduled benchmarks, read by their owner (user and organization) except by id from activities. */
@Repository
public class StudioSchedules {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, org_id, user_id, name, temporal_schedule_id, prompt,"
            + " models::text AS models, max_tokens, temperature, interval_hours, cron, enabled, alert_threshold_pct,"
            + " last_run, created_at";

    private final JdbcClient jdbc;

    public StudioSchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(StudioSchedule s) {
        jdbc.sql("""
                        INSERT INTO studio_schedules (id, org_id, user_id, name, temporal_schedule_id, prompt, models,
                          max_tokens, temperature, interval_hours, cron, enabled, alert_threshold_pct)
                        VALUES (?, ?, ?, ?, ?, ?, CAST(? AS JSONB), ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.orgId(), s.userId(), s.name(), s.temporalScheduleId(), s.prompt(),
                        JSON.writeValueAsString(s.models()), s.maxTokens(), s.temperature(), s.intervalHours(),
                        s.cron(), s.enabled(), s.alertThresholdPct())
                .update();
    }

    public void update(StudioSchedule s) {
        jdbc.sql("""
                        UPDATE studio_schedules SET name = ?, prompt = ?, models = CAST(? AS JSONB), max_tokens = ?,
                          temperature = ?, interval_hours = ?, cron = ?, enabled = ?, alert_threshold_pct = ?
                        WHERE id = ? AND org_id = ? AND user_id = ?""")
                .params(s.name(), s.prompt(), JSON.writeValueAsString(s.models()), s.maxTokens(), s.temperature(),
                        s.intervalHours(), s.cron(), s.enabled(), s.alertThresholdPct(), s.id(), s.orgId(),
                        s.userId())
                .update();
    }

    public boolean delete(long orgId, long userId, String id) {
        return jdbc.sql("DELETE FROM studio_schedules WHERE id = ? AND org_id = ? AND user_id = ?")
                .params(id, orgId, userId).update() == 1;
    }

    public List<StudioSchedule> list(long orgId, long userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_schedules WHERE org_id = ? AND user_id = ?"
                        + " ORDER BY created_at, id")
                .params(orgId, userId).query(StudioSchedules::map).list();
    }

    public Optional<StudioSchedule> findOwned(long orgId, long userId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_schedules WHERE id = ? AND org_id = ? AND user_id = ?")
                .params(id, orgId, userId).query(StudioSchedules::map).optional();
    }

    /** For activities: the schedule by id alone (its workflow carries the id). */
    public Optional<StudioSchedule> find(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM studio_schedules WHERE id = ?").param(id)
                .query(StudioSchedules::map).optional();
    }

    public void markRun(String id) {
        jdbc.sql("UPDATE studio_schedules SET last_run = now() WHERE id = ?").param(id).update();
    }

    /** The completed runs of a schedule before {@code runId}, newest first. */
    public List<String> previousRuns(String scheduleId, String runId, int limit) {
        return jdbc.sql("""
                        SELECT id FROM studio_runs WHERE metadata->>'schedule_id' = ? AND id <> ?
                          AND status = 'completed'
                          AND created_at <= (SELECT created_at FROM studio_runs WHERE id = ?)
                        ORDER BY created_at DESC LIMIT ?""")
                .params(scheduleId, runId, runId, limit).query(String.class).list();
    }

    /** Records an alert once per (run, model, metric); true when this call recorded it. */
    public boolean recordAlert(String scheduleId, String runId, String modelId, String metric, double previous,
                               double current, double changePct) {
        return jdbc.sql("""
                        INSERT INTO studio_schedule_alerts (schedule_id, run_id, model_id, metric, previous, current,
                          change_pct) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(scheduleId, runId, modelId, metric, previous, current, changePct).update() == 1;
    }

    public List<ScheduleAlert> alerts(String scheduleId, int limit) {
        return jdbc.sql("SELECT * FROM studio_schedule_alerts WHERE schedule_id = ? ORDER BY created_at DESC, id DESC"
                        + " LIMIT ?")
                .params(scheduleId, limit)
                .query((rs, row) -> new ScheduleAlert(rs.getLong("id"), rs.getString("schedule_id"),
                        rs.getString("run_id"), rs.getString("model_id"), rs.getString("metric"),
                        rs.getDouble("previous"), rs.getDouble("current"), rs.getDouble("change_pct"),
                        instant(rs.getTimestamp("created_at"))))
                .list();
    }

    private static StudioSchedule map(ResultSet rs, int row) throws SQLException {
        return new StudioSchedule(rs.getString("id"), rs.getLong("org_id"), rs.getLong("user_id"),
                rs.getString("name"), rs.getString("temporal_schedule_id"), rs.getString("prompt"),
                JSON.readValue(rs.getString("models"), new TypeReference<List<String>>() { }),
                rs.getInt("max_tokens"), rs.getDouble("temperature"), (Integer) rs.getObject("interval_hours"),
                rs.getString("cron"), rs.getBoolean("enabled"), rs.getDouble("alert_threshold_pct"),
                instant(rs.getTimestamp("last_run")), instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
