package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code /openapi.json} as a client generator would and checks every operation against
 * docs/API-CONTRACT.md. Reports every violation at once, grouped by operation, so what remains is visible.
 */
class OpenApiContractIT extends KeelApiTest {
    /** Operations anyone may call; "{}" stands for any path variable. Adding one here is a security decision. */
    static final Set<String> PUBLIC = Set.of(
            "GET /health", "GET /healthz",
            "GET /api/auth/.well-known/jwks.json",
            "POST /api/auth/register", "POST /api/auth/login", "POST /api/auth/refresh", "POST /api/auth/logout",
            "POST /api/v1/auth/register", "POST /api/v1/auth/login",
            "GET /api/intake/{}/validate", "POST /api/intake/{}/submit",
            "POST /telegram/webhook");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    static final Set<String> JSON_NODE_INTERNALS = Set.of("node_type", "nodeType", "big_decimal", "bigDecimal",
            "container_node", "containerNode", "missing_node", "missingNode", "value_node", "valueNode");
    static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

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
                List<String> problems = new OperationCheck(doc, op.getValue(), PUBLIC.contains(normalized)).run();
                if (!problems.isEmpty()) {
                    String tag = op.getValue().path("tags").path(0).asString("untagged");
                    violations.put("[" + tag + "] " + key, problems);
                }
            }
        }
        assertThat(operations).isGreaterThan(50);
        assertThat(publicSeen).as("public operations the document no longer has").isEqualTo(PUBLIC);
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

    /** The checks of one operation. */
    static final class OperationCheck {
        private final JsonNode doc;
        private final JsonNode op;
        private final boolean isPublic;
        private final List<String> problems = new ArrayList<>();

        OperationCheck(JsonNode doc, JsonNode op, boolean isPublic) {
            this.doc = doc;
            this.op = op;
            this.isPublic = isPublic;
        }

        List<String> run() {
            checkTag();
            checkParameters();
            checkSecurity();
            checkRequestBody();
            checkResponses();
            return problems;
        }

        private void checkTag() {
            JsonNode tags = op.path("tags");
            if (tags.size() != 1 || !OpenApiConfig.TAGS.containsKey(tags.path(0).asString())) {
                problems.add("tags " + tags + " is not exactly one of " + OpenApiConfig.TAGS.keySet());
            }
        }

        private void checkParameters() {
            for (JsonNode p : op.path("parameters")) {
                String name = p.path("name").asString();
                if (name.equalsIgnoreCase("caller")) {
                    problems.add("the principal shows as " + p.path("in").asString() + " parameter 'caller'");
                }
                if (p.path("schema").isMissingNode()) {
                    problems.add("parameter '" + name + "' has no schema");
                }
            }
        }

        private void checkSecurity() {
            JsonNode security = op.path("security");
            if (!isPublic && (!security.isArray() || security.isEmpty())) {
                problems.add("no security requirement on a non-public operation");
            }
            for (JsonNode requirement : security) {
                for (String scheme : requirement.propertyNames()) {
                    if (!doc.path("components").path("securitySchemes").has(scheme)) {
                        problems.add("security scheme '" + scheme + "' is not defined");
                    }
                }
            }
            if (!isPublic && !op.path("responses").has("401")) {
                problems.add("no documented 401");
            }
        }

        private void checkRequestBody() {
            JsonNode content = op.path("requestBody").path("content");
            for (var media : content.properties()) {
                String type = media.getKey();
                JsonNode schema = resolve(media.getValue().path("schema"));
                String where = "request body " + type;
                if (schema.isMissingNode() || schema.isEmpty()) {
                    problems.add(where + " has no schema");
                    continue;
                }
                if (type.startsWith("multipart/")) {
                    if (!hasBinaryField(schema)) {
                        problems.add(where + " documents no file field (format: binary)");
                    }
                } else if (type.contains("json") || type.contains("x-www-form-urlencoded")) {
                    checkSchema(where, media.getValue().path("schema"), new HashSet<>());
                    if (!isObject(schema)) {
                        problems.add(where + " is not an object with properties: " + schema);
                    }
                    if (!hasExample(media.getValue(), schema)) {
                        problems.add(where + " has no example");
                    }
                } else {
                    problems.add(where + ": unexpected content type");
                }
            }
        }

        private void checkResponses() {
            boolean success = false;
            for (var response : op.path("responses").properties()) {
                String code = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (code.startsWith("2")) {
                    success = true;
                    for (var media : content.properties()) {
                        String type = media.getKey();
                        if (type.equals("*/*")) {
                            problems.add(code + " response has content type */* instead of application/json");
                        }
                        if (type.contains("json") || type.equals("*/*")) {
                            JsonNode schema = media.getValue().path("schema");
                            if (schema.isMissingNode() || schema.isEmpty()) {
                                problems.add(code + " response has no schema");
                            } else if (isFreeForm(resolve(schema))) {
                                problems.add(code + " response is an untyped object (Map or JsonNode)");
                            } else {
                                checkSchema(code + " response", schema, new HashSet<>());
                            }
                        }
                    }
                } else if (code.startsWith("4")) {
                    String ref = content.path("application/json").path("schema").path("$ref").asString("");
                    if (!ref.endsWith("/" + OpenApiConfig.ERROR_SCHEMA)) {
                        problems.add(code + " response is not an ErrorBody {\"detail\"}");
                    }
                }
            }
            if (!success) {
                problems.add("no 2xx response documented");
            }
        }

        /** Walks a schema: JsonNode internals, untyped bodies and non-snake_case property names. */
        private void checkSchema(String where, JsonNode schema, Set<String> visited) {
            String ref = schema.path("$ref").asString("");
            if (!ref.isEmpty()) {
                if (visited.add(ref)) {
                    checkSchema(where + " " + ref.substring(ref.lastIndexOf('/') + 1), resolve(schema), visited);
                }
                return;
            }
            for (var property : schema.path("properties").properties()) {
                String name = property.getKey();
                if (JSON_NODE_INTERNALS.contains(name)) {
                    problems.add(where + " shows JsonNode internals ('" + name + "')");
                    return;
                }
                if (!SNAKE.matcher(name).matches()) {
                    problems.add(where + " property '" + name + "' is not snake_case");
                }
                checkSchema(where + "." + name, property.getValue(), visited);
            }
            for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
                for (JsonNode part : schema.path(combinator)) {
                    checkSchema(where, part, visited);
                }
            }
            if (schema.has("items")) {
                checkSchema(where + "[]", schema.path("items"), visited);
            }
            if (schema.path("additionalProperties").isObject()) {
                checkSchema(where + "{}", schema.path("additionalProperties"), visited);
            }
        }

        private boolean hasBinaryField(JsonNode schema) {
            for (var property : schema.path("properties").properties()) {
                JsonNode p = resolve(property.getValue());
                if ("binary".equals(p.path("format").asString()) || "binary".equals(resolve(p.path("items"))
                        .path("format").asString())) {
                    return true;
                }
            }
            return false;
        }

        private boolean isFreeForm(JsonNode schema) {
            return "object".equals(schema.path("type").asString()) && !schema.has("properties")
                    && !schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf");
        }

        private boolean isObject(JsonNode schema) {
            return schema.has("properties") || schema.has("allOf");
        }

        private boolean hasExample(JsonNode media, JsonNode schema) {
            if (media.has("example") || media.has("examples") || schema.has("example")) {
                return true;
            }
            boolean any = false;
            for (var property : schema.path("properties").properties()) {
                any = true;
                if (!property.getValue().has("example")) {
                    return false;
                }
            }
            return any;
        }

        private JsonNode resolve(JsonNode schema) {
            String ref = schema.path("$ref").asString("");
            if (ref.startsWith("#/components/schemas/")) {
                return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
            }
            return schema;
        }
    }
}
