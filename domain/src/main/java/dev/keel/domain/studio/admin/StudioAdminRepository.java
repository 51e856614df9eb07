package dev.keel.domain.studio.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Platform-wide studio figures for the admin. Benchmark counts come from {@code studio_runs} when that table exists
 * (the benchmark half of the studio owns it); without it they are 0.
 */
@Repository
public class StudioAdminRepository {
    public record StudioUserRow(long id, String email, boolean admin, OffsetDateTime createdAt,
                                OffsetDateTime lastLogin, long benchmarkCount, long keyCount) {
    }

    public record Count(String name, long count) {
    }

    private final JdbcClient jdbc;

    public StudioAdminRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StudioUserRow> users() {
        String benchmarks = hasRuns() ? "(SELECT count(*) FROM studio_runs r WHERE r.user_id = u.id)" : "0";
        return jdbc.sql("SELECT u.id, u.email, u.is_platform_admin, u.created_at, "
                        + "(SELECT max(t.created_at) FROM refresh_tokens t WHERE t.user_id = u.id) AS last_login, "
                        + benchmarks + " AS benchmarks, "
                        + "(SELECT count(*) FROM studio_user_keys k WHERE k.user_id = u.id) AS keys "
                        + "FROM users u ORDER BY u.id")
                .query((rs, n) -> new StudioUserRow(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class), rs.getLong(6),
                        rs.getLong(7))).list();
    }

    public Optional<String> email(long userId) {
        return jdbc.sql("SELECT email FROM users WHERE id = ?").param(userId).query(String.class).optional();
    }

    /** Returns false when no such user (the original answers 200 anyway). */
    public boolean setAdmin(long userId, boolean admin) {
        return jdbc.sql("UPDATE users SET is_platform_admin = ?, updated_at = now() WHERE id = ?")
                .params(admin, userId).update() > 0;
    }

    /** Throws DataIntegrityViolationException when other product data still references the user. */
    public boolean deleteUser(long userId) {
        return jdbc.sql("DELETE FROM users WHERE id = ?").param(userId).update() > 0;
    }

    public long totalUsers() {
        return jdbc.sql("SELECT count(*) FROM users").query(Long.class).single();
    }

    public long benchmarksSince(int days) {
        return !hasRuns() ? 0 : jdbc.sql("SELECT count(*) FROM studio_runs WHERE created_at >= now() - "
                + "make_interval(days => ?)").param(days).query(Long.class).single();
    }

    public List<Count> topUsers(int limit) {
        return !hasRuns() ? List.of() : jdbc.sql("SELECT u.email, count(*) AS cnt FROM studio_runs r JOIN users u "
                        + "ON u.id = r.user_id GROUP BY u.email ORDER BY cnt DESC, u.email LIMIT ?").param(limit)
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    public List<Count> keysByProvider() {
        return jdbc.sql("SELECT provider_key, count(DISTINCT user_id) FROM studio_user_keys GROUP BY provider_key "
                        + "ORDER BY 2 DESC, 1")
                .query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

    public double databaseSizeMb() {
        return jdbc.sql("SELECT pg_database_size(current_database())").query(Long.class).single() / 1048576.0;
    }

    public double resultsSizeMb() {
        return !hasTable("studio_run_results") ? 0 : jdbc.sql("SELECT pg_total_relation_size('studio_run_results')")
                .query(Long.class).single() / 1048576.0;
    }

    public long resultsCount() {
        return !hasTable("studio_run_results") ? 0
                : jdbc.sql("SELECT count(*) FROM studio_run_results").query(Long.class).single();
    }

    public long activeBenchmarks() {
        return !hasRuns() ? 0 : jdbc.sql("SELECT count(*) FROM studio_runs WHERE status = 'running'")
                .query(Long.class).single();
    }

    private boolean hasRuns() {
        return hasTable("studio_runs");
    }

    private boolean hasTable(String name) {
        return jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(name).query(Boolean.class).single();
    }
}
