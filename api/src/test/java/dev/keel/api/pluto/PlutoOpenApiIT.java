package dev.keel.api.pluto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The Pluto part of /openapi.json, read as a client generator would: every Pluto operation is tagged pluto, hides
 * the principal, and has real, snake_case schemas for its JSON bodies (with an example per request body) and the
 * errors it answers; the upload documents its multipart fields.
 */
class PlutoOpenApiIT extends KeelApiTest {
    static final List<String> PLUTO_PATHS = List.of("/api/pluto/", "/api/intake/", "/api/rooms", "/api/prebrief/",
            "/api/analytics/", "/api/realtime/", "/api/livekit/");
    /** The benchmark studio's analytics share the /api/analytics/ prefix (seeds/README: one deployment, four trees). */
    static final Set<String> STUDIO_ANALYTICS = Set.of("/api/analytics/leaderboard", "/api/analytics/trends",
            "/api/analytics/compare");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    /** What Jackson's JsonNode looks like when springdoc documents it as a bean. */
    static final Set<String> JSON_NODE_INTERNALS = Set.of("node_type", "nodeType", "big_decimal", "bigDecimal",
            "container_node", "containerNode", "value_node", "valueNode", "float", "pojo", "missing_node");

    private JsonNode doc;

    @BeforeEach
    void fetch() {
        Response response = http().get("/openapi.json");
        assertThat(response.status()).isEqualTo(200);
        doc = response.json();
    }

    @Test
    void everyPlutoOperationHasTypedSnakeCaseBodiesAndDocumentedErrors() {
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (var path : doc.path("paths").properties()) {
            if (PLUTO_PATHS.stream().noneMatch(path.getKey()::startsWith) || STUDIO_ANALYTICS.contains(path.getKey())) {
                continue;
            }
            for (var op : path.getValue().properties()) {
                if (METHODS.contains(op.getKey())) {
                    operations++;
                    check(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue(), problems);
                }
            }
        }
        assertThat(operations).as("Pluto operations in the document").isEqualTo(21);
        assertThat(problems).isEmpty();
    }

    @Test
    void uploadDocumentsItsMultipartFields() {
        JsonNode body = doc.path("paths").path("/api/pluto/upload").path("post").path("requestBody");
        JsonNode schema = resolve(body.path("content").path("multipart/form-data").path("schema"));
        assertThat(schema.path("properties").path("file").path("type").asString()).isEqualTo("string");
        assertThat(schema.path("properties").path("file").path("format").asString()).isEqualTo("binary");
        assertThat(schema.path("required").toString()).contains("\"file\"");
        assertThat(schema.path("properties").has("job_description")).isTrue();
        assertThat(schema.path("properties").has("skip_ai_scoring")).isTrue();
        JsonNode parameters = doc.path("paths").path("/api/pluto/upload").path("post").path("parameters");
        assertThat(parameters.toString()).doesNotContain("job_description").doesNotContain("caller");
    }

    @Test
    void candidateDetailDocumentsTheWireShape() {
        JsonNode detail = okSchema("/api/pluto/candidates/{candidate_id}", "get");
        JsonNode properties = detail.path("properties");
        for (String field : List.of("id", "run_id", "final_score", "one_line_summary", "signals", "current_employers",
                "raw_data", "algo_breakdown", "questions", "prebrief", "interview_analytics")) {
            assertThat(properties.has(field)).as(field + " in " + properties.propertyNames()).isTrue();
        }
        assertThat(properties.has("candidate")).as("the summary is unwrapped").isFalse();
        assertThat(properties.has("profile")).as("the profile is unwrapped").isFalse();
        JsonNode status = okSchema("/api/pluto/status", "get");
        assertThat(status.path("properties").path("scored_candidates").path("items").path("$ref").asString())
                .endsWith("/PlutoCandidateSummary");
    }

    private void check(String operation, JsonNode op, List<String> problems) {
        if (!op.path("tags").toString().equals("[\"pluto\"]")) {
            problems.add(operation + ": tags " + op.path("tags") + " instead of [pluto]");
        }
        for (JsonNode parameter : op.path("parameters")) {
            String name = parameter.path("name").asString();
            if (name.equalsIgnoreCase("caller") || !SNAKE.matcher(name).matches()) {
                problems.add(operation + ": parameter '" + name + "'");
            }
        }
        for (var media : op.path("requestBody").path("content").properties()) {
            JsonNode schema = media.getValue().path("schema");
            if (media.getKey().contains("json")) {
                checkSchema(operation + " request", schema, new HashSet<>(), problems);
                if (!media.getValue().has("example") && !resolve(schema).has("example")) {
                    problems.add(operation + ": request body has no example");
                }
            } else if (!media.getKey().equals("multipart/form-data")) {
                problems.add(operation + ": request content type " + media.getKey());
            }
        }
        boolean error = false;
        for (var response : op.path("responses").properties()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                error = true;
                continue;
            }
            for (var media : response.getValue().path("content").properties()) {
                if (media.getKey().equals("text/csv")) {
                    continue;
                }
                checkSchema(operation + " " + response.getKey(), media.getValue().path("schema"), new HashSet<>(),
                        problems);
            }
        }
        if (!error) {
            problems.add(operation + ": no error response documented");
        }
    }

    /** A real object schema (not empty, not a JsonNode bean) with snake_case properties, all the way down. */
    private void checkSchema(String where, JsonNode schema, Set<String> visited, List<String> problems) {
        String ref = schema.path("$ref").asString("");
        if (!ref.isEmpty() && !visited.add(ref)) {
            return;
        }
        JsonNode resolved = resolve(schema);
        if (resolved.isMissingNode() || resolved.isEmpty()) {
            problems.add(where + ": empty schema");
            return;
        }
        if (resolved.path("type").asString("").equals("object") && !resolved.has("properties")
                && !resolved.has("additionalProperties")) {
            problems.add(where + ": an object without properties");
        }
        for (var property : resolved.path("properties").properties()) {
            String name = property.getKey();
            if (JSON_NODE_INTERNALS.contains(name)) {
                problems.add(where + ": JsonNode internals ('" + name + "')");
                return;
            }
            if (!SNAKE.matcher(name).matches()) {
                problems.add(where + ": property '" + name + "' is not snake_case");
            }
            checkSchema(where + "." + name, property.getValue(), visited, problems);
        }
        if (resolved.has("items")) {
            checkSchema(where + "[]", resolved.path("items"), visited, problems);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : resolved.path(combinator)) {
                checkSchema(where, part, visited, problems);
            }
        }
    }

    /** The schema of the 200 answer, whatever its media type. */
    private JsonNode okSchema(String path, String method) {
        JsonNode content = doc.path("paths").path(path).path(method).path("responses").path("200").path("content");
        return resolve(content.values().iterator().next().path("schema"));
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/components/schemas/")
                ? doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()))
                : schema;
    }
}
