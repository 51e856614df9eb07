package dev.keel.worker;

import dev.keel.platform.health.DependencyProbes;
import dev.keel.platform.health.DependencyReport;
import dev.keel.platform.health.PoolPressure;
import io.temporal.worker.WorkerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The worker's actuator health, within 2 s: DOWN when PostgreSQL or Temporal is unreachable, Keel's search
 * attributes are missing, or workers should run and do not; the details say which, never with driver text.
 */
@Component("keel")
public class WorkerHealthIndicator implements HealthIndicator {
    private final DependencyProbes probes;
    private final WorkerFactory workers;
    private final boolean workersEnabled;

    public WorkerHealthIndicator(DependencyProbes probes, WorkerFactory workers,
                                 @Value("${spring.temporal.start-workers:true}") boolean workersEnabled) {
        this.probes = probes;
        this.workers = workers;
        this.workersEnabled = workersEnabled;
    }

    @Override
    public Health health() {
        DependencyReport report = probes.check();
        boolean polling = workers.isStarted() && !workers.isShutdown();
        Health.Builder health = report.down() || (workersEnabled && !polling) ? Health.down() : Health.up();
        return health.withDetail("database", report.database())
                .withDetail("database_pool", report.pool().map(PoolPressure::toMap).orElse(java.util.Map.of()))
                .withDetail("temporal", report.temporal().reachable() ? "connected" : "unreachable")
                .withDetail("workers", !workersEnabled ? "disabled" : polling ? "polling" : "not polling")
                .withDetail("problems", report.problems())
                .build();
    }
}
