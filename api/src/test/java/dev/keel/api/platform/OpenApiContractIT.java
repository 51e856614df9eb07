package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code /openapi.json} as a client generator would and checks every operation against
 * docs/API-CONTRACT.md. Reports every violation at once, grouped by operation, so what remains is visible
 * (also in api/target/openapi-contract-report.txt; the document itself is saved as api/target/openapi.json).
 */
class OpenApiContractIT extends KeelApiTest {
    /** Operations anyone may call; "{}" stands for any path variable. Adding one here is a security decision. */
    static final Set<String> PUBLIC = Set.of(
            "GET /health", "GET /healthz", "GET /robots.txt", "GET /sitemap.xml",
            "GET /api/auth/.well-known/jwks.json",
            "POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh", "POST /api/auth/logout",
            "POST /api/v1/auth/register", "POST /api/v1/auth/login",
            "GET /api/intake/{}/validate", "POST /api/intake/{}/submit", "POST /api/livekit/token",
            "POST /telegram/webhook",
            // Autopack (seed 003): the service banner and whether signing keys are loaded; no data of anyone.
            "GET /", "GET /api/auth/key-status");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyOperationHasATrueContract() throws IOException {
        HttpTestClient.Response response = http().get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        Path dump = Path.of("target", "openapi.json");
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, response.body());
        JsonNode doc = response.json();

        assertThat(doc.path("info").path("title").asString()).isEqualTo("Keel");
        assertThat(doc.path("info").path("version").asString()).isNotBlank();
        assertThat(doc.path("paths").has("/error")).as("/error is not part of the API").isFalse();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("api_key").path("name").asString()).isEqualTo("X-API-Key");

        Map<String, List<String>> violations = new TreeMap<>();
        Set<String> publicSeen = new HashSet<>();
        int operations = 0;
        for (var path : doc.path("paths").properties()) {
            for (var op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String key = op.getKey().toUpperCase() + " " + path.getKey();
                String normalized = key.replaceAll("\\{[^}]*}", "{}");
                if (PUBLIC.contains(normalized)) {
                    publicSeen.add(normalized);
                }
                List<String> problems = new OperationContract(doc, op.getValue(), PUBLIC.contains(normalized)).run();
                if (!problems.isEmpty()) {
                    String tag = op.getValue().path("tags").path(0).asString("untagged");
                    violations.put("[" + tag + "] " + key, problems);
                }
            }
        }
        assertThat(operations).isGreaterThan(50);
        SchemaNames.duplicates(handlers).forEach((name, classes) -> violations.put("[schemas] " + name,
                List.of("one schema name for several records (the document shows only one): " + classes)));
        assertThat(publicSeen).as("public operations the document no longer has").isEqualTo(PUBLIC);
        Files.writeString(Path.of("target", "openapi-contract-report.txt"), report(violations));
        assertThat(violations).as(report(violations)).isEmpty();
    }

    private static String report(Map<String, List<String>> violations) {
        StringBuilder out = new StringBuilder(violations.size() + " operations violate docs/API-CONTRACT.md:\n");
        Map<String, Integer> byTag = new TreeMap<>();
        violations.forEach((op, problems) -> {
            byTag.merge(op.substring(1, op.indexOf(']')), 1, Integer::sum);
            out.append(op).append('\n');
            problems.forEach(p -> out.append("    - ").append(p).append('\n'));
        });
        out.append("by tag: ").append(byTag).append('\n');
        return out.toString();
    }
}
