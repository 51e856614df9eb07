package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

class PatchTest {
    record JobPatch(Patch<@Size(max = 5) String> title, Patch<Integer> salaryMin, Patch<List<String>> skills) {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void tellsAbsentFromNullFromAValue() {
        JobPatch patch = JSON.readValue("{\"title\": null, \"salary_min\": 5, \"skills\": [\"go\"]}", JobPatch.class);
        assertThat(patch.title().isPresent()).isTrue();
        assertThat(patch.title().isNull()).isTrue();
        assertThat(patch.title().orElse("kept")).isNull();
        assertThat(patch.salaryMin().orElse(1)).isEqualTo(5);
        assertThat(patch.skills().value()).containsExactly("go");

        JobPatch empty = JSON.readValue("{}", JobPatch.class);
        assertThat(empty.title()).isEqualTo(Patch.absent());
        assertThat(empty.title().orElse("kept")).isEqualTo("kept");
        assertThat(empty.salaryMin().isNull()).isFalse();
    }

    @Test
    void aWrongTypeInsideIsAMappingError() {
        assertThatThrownBy(() -> JSON.readValue("{\"salary_min\": \"many\"}", JobPatch.class))
                .isInstanceOf(DatabindException.class);
    }

    @Test
    void beanValidationChecksTheValueInside() {
        assertThat(VALIDATOR.validate(JSON.readValue("{\"title\": \"too long\"}", JobPatch.class))).hasSize(1);
        assertThat(VALIDATOR.validate(JSON.readValue("{\"title\": \"ok\"}", JobPatch.class))).isEmpty();
        assertThat(VALIDATOR.validate(JSON.readValue("{\"title\": null}", JobPatch.class))).isEmpty();
        assertThat(VALIDATOR.validate(JSON.readValue("{}", JobPatch.class))).isEmpty();
    }
}
