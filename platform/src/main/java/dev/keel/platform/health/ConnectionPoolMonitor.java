package dev.keel.platform.health;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/** Samples the Hikari pool every second: logs wait episodes and tells {@code /health} about pool pressure. */
@Component
public class ConnectionPoolMonitor {
    private final DataSource dataSource;
    private final PoolWaitEpisodes episodes = new PoolWaitEpisodes();
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "connection-pool-monitor");
        thread.setDaemon(true);
        return thread;
    });

    public ConnectionPoolMonitor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void start() {
        timer.scheduleWithFixedDelay(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    /** Empty when the data source is not a started Hikari pool. */
    public Optional<PoolPressure> current() {
        return pool().map(p -> new PoolPressure(maxSize(), p.getActiveConnections(), p.getIdleConnections(),
                p.getThreadsAwaitingConnection(), p.getThreadsAwaitingConnection() > 0
                        || episodes.waitedRecently(clock.instant())));
    }

    private void sample() {
        pool().ifPresent(p -> episodes.observe(p.getThreadsAwaitingConnection(), maxSize(), clock.instant()));
    }

    private Optional<HikariPoolMXBean> pool() {
        return hikari().map(HikariDataSource::getHikariPoolMXBean);
    }

    private int maxSize() {
        return hikari().map(HikariDataSource::getMaximumPoolSize).orElse(0);
    }

    private Optional<HikariDataSource> hikari() {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? Optional.of(dataSource.unwrap(HikariDataSource.class)) : Optional.empty();
        } catch (java.sql.SQLException e) {
            return Optional.empty();
        }
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
    }
}
