package dev.keel.platform.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PostgreSQL, its pool and Temporal as one health check saw them. */
public record DependencyReport(String database, Optional<PoolPressure> pool, TemporalState temporal) {

    /** PostgreSQL or Temporal unreachable, or Keel's search attributes missing: nothing can start or finish. */
    public boolean down() {
        return !DatabaseProbe.CONNECTED.equals(database) || !temporal.reachable() || temporal.searchAttributesMissing();
    }

    /** Up, but work would wait: a task queue no worker polls, callers waiting for a database connection. */
    public boolean impaired() {
        return !temporal.queuesWithoutPollers().isEmpty() || pool.map(PoolPressure::waitedRecently).orElse(false);
    }

    /** Why this process is down or impaired, in words an operator can act on. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (temporal.searchAttributesMissing()) {
            problems.add("Search attributes missing in Temporal: " + String.join(", ", temporal.missingSearchAttributes())
                    + " (every workflow start fails; see README \"External mode, step by step\")");
        }
        if (!temporal.queuesWithoutPollers().isEmpty()) {
            problems.add("No worker polls task queue(s) " + String.join(", ", temporal.queuesWithoutPollers())
                    + ": their work waits until a worker starts");
        }
        pool.filter(PoolPressure::waitedRecently).ifPresent(p -> problems.add(p.warning()));
        return problems;
    }
}
