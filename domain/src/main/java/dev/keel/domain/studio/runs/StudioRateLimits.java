package dev.keel.domain.studio.runs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-user benchmark limits set by an admin; the defaults apply to users without a row. */
@Repository
public class StudioRateLimits {
    /** A user's limits: benchmarks started per hour, runs at once, runs per model and tier in one benchmark. */
    public record Limits(int benchmarksPerHour, int maxConcurrent, int maxRunsPerBenchmark) {
        /** 2000 an hour (seeds/README.md), one at a time, 20 runs (the original's range 1..20). */
        public static final Limits DEFAULTS = new Limits(2000, 1, 20);
    }

    private final JdbcClient jdbc;

    public StudioRateLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Limits of(long userId) {
        return jdbc.sql("SELECT benchmarks_per_hour, max_concurrent, max_runs_per_benchmark FROM studio_rate_limits"
                        + " WHERE user_id = ?").param(userId)
                .query((rs, row) -> new Limits(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .optional().orElse(Limits.DEFAULTS);
    }

    public void put(long userId, Limits limits) {
        jdbc.sql("""
                        INSERT INTO studio_rate_limits (user_id, benchmarks_per_hour, max_concurrent, max_runs_per_benchmark)
                        VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET
                          benchmarks_per_hour = excluded.benchmarks_per_hour, max_concurrent = excluded.max_concurrent,
                          max_runs_per_benchmark = excluded.max_runs_per_benchmark, updated_at = now()""")
                .params(userId, limits.benchmarksPerHour(), limits.maxConcurrent(), limits.maxRunsPerBenchmark())
                .update();
    }
}
