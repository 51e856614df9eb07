package dev.keel.api.autopack.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** POST /files/upload (limits, content-hash storage per organization) and /research sessions per organization. */
class FilesAndResearchIT extends KeelApiTest {
    @Value("${keel.infrastructure.data-dir}")
    String dataDir;

    @Test
    void uploadsAreLimitedTypedAndStoredByContentHashPerOrganization() throws Exception {
        TestUsers.TestUser user = TestUsers.register(http(), "files");
        HttpTestClient a = http().bearer(user.accessToken());
        byte[] content = "phase,notes\n1,ok\n".getBytes(StandardCharsets.UTF_8);
        Response ok = upload(a, "file", "..\\..\\report.csv", content);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode body = ok.json();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(body.path("filename").asString()).isEqualTo("report.csv");
        assertThat(body.path("stored_as").asString()).isEqualTo(sha + ".csv");
        assertThat(body.path("relative_path").asString()).isEqualTo("_uploads/" + sha + ".csv");
        assertThat(body.path("size").asLong()).isEqualTo(content.length);
        Path stored = Path.of(dataDir).toAbsolutePath().normalize().resolve("uploads")
                .resolve(Long.toString(user.orgId())).resolve(sha + ".csv");
        assertThat(Files.readAllBytes(stored)).isEqualTo(content);
        assertThat(upload(a, "file", "again.csv", content).json().path("stored_as").asString()).isEqualTo(sha + ".csv");

        Response exe = upload(a, "file", "tool.exe", content);
        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.detail()).contains(".exe");
        Response big = upload(a, "file", "big.txt", new byte[10 * 1024 * 1024 + 1]);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.detail()).contains("10485760");
        Response none = upload(a, "other", "x.txt", content);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.detail()).isEqualTo("No file provided");
        assertThat(upload(http(), "file", "x.txt", content).status()).isEqualTo(401);
    }

    @Test
    void researchSessionsBelongToTheirOrganization() {
        HttpTestClient a = http().bearer(TestUsers.register(http(), "research").accessToken());
        HttpTestClient b = http().bearer(TestUsers.register(http(), "research-other").accessToken());
        Response created = a.postJson("/research/sessions", Map.of("topic", "Flaky CI", "description", "Why?"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("session_id").asString();
        assertThat(id).startsWith("session_");
        assertThat(created.json().path("status").asString()).isEqualTo("active");
        assertThat(a.get("/research/sessions/" + id).json().path("topic").asString()).isEqualTo("Flaky CI");
        assertThat(a.get("/research/sessions").json().toString()).contains(id);
        assertThat(b.get("/research/sessions/" + id).status()).isEqualTo(404);
        assertThat(b.get("/research/sessions").json().toString()).doesNotContain(id + "\"");
        assertThat(a.get("/research/sessions/session_x").detail()).isEqualTo("Session not found");
        assertThat(a.postJson("/research/sessions", Map.of("topic", "only")).status()).isEqualTo(422);
    }

    private static Response upload(HttpTestClient http, String field, String filename, byte[] content) {
        String boundary = "storage-test-boundary-7Hq";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(http.builder("/files/upload").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }
}
