package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.KeelApiTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The recruiting operations in /openapi.json: typed bodies, the recruiting tag, multipart fields, list bounds. */
class RecruitingOpenApiIT extends KeelApiTest {
    @Test
    void recruitingOperationsAreTypedAndTagged() {
        JsonNode doc = http().get("/openapi.json").json();
        JsonNode paths = doc.path("paths");
        int operations = 0;
        for (var path : paths.properties()) {
            if (!path.getKey().matches("/api/v1/(jobs|candidates|applications|matching|agent|chat)(/.*)?")) {
                continue;
            }
            for (var op : path.getValue().properties()) {
                operations++;
                assertThat(op.getValue().path("tags").toString()).as(op.getKey() + " " + path.getKey())
                        .isEqualTo("[\"recruiting\"]");
                JsonNode json = op.getValue().path("requestBody").path("content").path("application/json");
                if (!json.isMissingNode()) {
                    assertThat(json.path("schema").path("$ref").asString()).as(path.getKey()).isNotBlank();
                }
            }
        }
        assertThat(operations).isEqualTo(22);
        JsonNode schemas = doc.path("components").path("schemas");
        assertThat(schemas.path("JobUpdateRequest").path("properties").has("node_type")).isFalse();
        assertThat(schemas.path("JobUpdateRequest").path("properties").has("salary_min")
                || schemas.path("JobUpdateRequest").path("properties").has("salaryMin")).isTrue();
        assertThat(schemas.path("ResumeUpload").path("properties").path("resume").path("format").asString())
                .isEqualTo("binary");
        assertThat(schemas.path("ResumeUpload").path("required").toString()).contains("resume");
        assertThat(schemas.path("JobReqUpload").path("properties").has("notes")).isTrue();

        List<JsonNode> limits = new ArrayList<>();
        paths.path("/api/v1/jobs").path("get").path("parameters").forEach(p -> {
            if (p.path("name").asString().equals("limit")) {
                limits.add(p);
            }
        });
        assertThat(limits).hasSize(1);
        assertThat(limits.get(0).path("schema").path("minimum").asInt()).isZero();
        assertThat(limits.get(0).path("schema").path("maximum").asInt()).isEqualTo(100);
        assertThat(limits.get(0).path("schema").path("type").asString()).isEqualTo("integer");
    }
}
