package dev.keel.api.autopack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.Eventually;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.TestUsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Organizations with an API key, generated trees under the test storage root, scans run to their end. */
final class StorageFixtures {
    static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "keel-autopack-storage-it");

    private StorageFixtures() {
    }

    /** A client with a fresh organization's X-API-Key. */
    static HttpTestClient org(HttpTestClient http, String name) {
        TestUsers.TestUser admin = TestUsers.register(http, "storage-" + name);
        var created = http.bearer(admin.accessToken()).postJson("/api/auth/api-keys", Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return http.apiKey(created.json().path("key").asString());
    }

    /** A new directory under the root; returns its name (the scan_target). */
    static String newTree() throws IOException {
        String name = "tree-" + UUID.randomUUID().toString().substring(0, 8);
        Files.createDirectories(ROOT.resolve(name));
        return name;
    }

    /** Removes a generated tree (the crash tests write 20,000 files). */
    static void deleteTree(String target) throws IOException {
        Path dir = ROOT.resolve(target);
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static long write(String target, String relative, int bytes, int ageDays) throws IOException {
        Path file = ROOT.resolve(target).resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[bytes]);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(ageDays))));
        return bytes;
    }

    static long startScan(HttpTestClient org, String target, int maxDepth, long maxItems) {
        var r = org.postJson("/storage/scan", Map.of("scan_type", "directory", "scan_target", target,
                "max_depth", maxDepth, "max_items", maxItems));
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        return r.json().path("id").asLong();
    }

    static JsonNode awaitEnd(HttpTestClient org, long scanId, Duration max) {
        JsonNode[] last = new JsonNode[1];
        Eventually.within(max, "scan " + scanId + " ends", () -> {
            last[0] = org.get("/storage/scans/" + scanId).json();
            return !last[0].path("scan").path("status").asString().equals("running");
        });
        return last[0];
    }
}
