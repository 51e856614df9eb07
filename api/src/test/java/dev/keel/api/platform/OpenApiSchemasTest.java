package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiSchemasTest {
    record JobPatch(Patch<String> jobTitle, Patch<List<String>> requiredSkills, Map<String, Object> extra) {
    }

    @Test
    void documentsPatchFieldsAsTheirValueTypeInSnakeCase() {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new OpenApiSchemas().snakeCaseModelResolver());
        converters.addConverter(new PatchAndAnyConverter());

        Schema<?> schema = converters.readAll(JobPatch.class).get("JobPatch");
        Map<String, Schema> properties = schema.getProperties();

        assertThat(properties).containsOnlyKeys("job_title", "required_skills", "extra");
        assertThat(properties.get("job_title").getType()).isEqualTo("string");
        assertThat(properties.get("required_skills").getType()).isEqualTo("array");
        assertThat(properties.get("required_skills").getItems().getType()).isEqualTo("string");
        assertThat(((Schema<?>) properties.get("extra").getAdditionalProperties()).getDescription())
                .isEqualTo("Any JSON value");
    }
}
