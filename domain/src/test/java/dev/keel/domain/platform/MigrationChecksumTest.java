package dev.keel.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations are append-only: every landed migration is pinned by its SHA-256 in
 * {@code src/test/resources/migration-checksums.txt}. Editing one fails this test (a database made by an earlier
 * build would fail Flyway's validation at start); a new migration must be added to the pin list.
 */
class MigrationChecksumTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void landedMigrationsAreUnchangedAndEveryMigrationIsPinned() throws Exception {
        Map<String, String> pinned = pinned();
        Map<String, String> actual = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                actual.put(file.getFileName().toString(), sha256(file));
            }
        }
        assertThat(actual.keySet()).as("migrations without a pin (add them to migration-checksums.txt),"
                + " or pinned migrations that were deleted").isEqualTo(pinned.keySet());
        pinned.forEach((name, hash) -> assertThat(actual.get(name))
                .as(name + " was edited after it landed: write a new migration instead").isEqualTo(hash));
    }

    private static Map<String, String> pinned() throws IOException {
        Map<String, String> pins = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/migration-checksums.txt"))) {
            if (!line.isBlank()) {
                String[] parts = line.trim().split("\\s+");
                pins.put(parts[1], parts[0]);
            }
        }
        return pins;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
