package dev.keel.platform.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** Checks PostgreSQL and Temporal in parallel, each within {@link #BUDGET}, so health answers in under 2 s. */
@Component
public class DependencyProbes {
    public static final Duration BUDGET = Duration.ofMillis(1500);

    private final DatabaseProbe database;
    private final TemporalProbe temporal;
    private final ConnectionPoolMonitor pool;

    public DependencyProbes(DatabaseProbe database, TemporalProbe temporal, ConnectionPoolMonitor pool) {
        this.database = database;
        this.temporal = temporal;
        this.pool = pool;
    }

    public DependencyReport check() {
        CompletableFuture<String> db = database.checkAsync(BUDGET);
        TemporalState state = temporal.check(BUDGET);
        return new DependencyReport(db.join(), pool.current(), state);
    }
}
