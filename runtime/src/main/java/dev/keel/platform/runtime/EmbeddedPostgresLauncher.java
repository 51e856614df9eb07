package dev.keel.platform.runtime;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Real PostgreSQL binaries from Maven Central, with the data directory kept across restarts. */
final class EmbeddedPostgresLauncher {
    private EmbeddedPostgresLauncher() {
    }

    /**
     * @param durable fsync and synchronous commit on (the default run mode): an OS crash or power loss cannot
     *                corrupt the data directory; off only for tests, where speed matters more
     */
    static EmbeddedPostgres start(Path dataDir, int port, boolean durable) {
        try {
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false);
            // The library starts PostgreSQL with -F (fsync off) and synchronous_commit=off; -c options come
            // after -F on its command line, so these override both.
            builder.setServerConfig("fsync", durable ? "on" : "off");
            builder.setServerConfig("synchronous_commit", durable ? "on" : "off");
            builder.setServerConfig("full_page_writes", durable ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }
}
