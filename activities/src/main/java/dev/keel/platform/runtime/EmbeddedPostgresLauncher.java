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

    static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
        }
    }
}
