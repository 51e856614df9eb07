package dev.keel.api.recruiting.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.api.platform.Patch;
import dev.keel.domain.recruiting.JobFields;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictPatchDeserializerTest {
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    @Test
    void absentNullAndValueAreThreeDifferentPatches() {
        JobUpdateRequest body = JSON.readValue("{\"department\":null,\"title\":\"x\"}", JobUpdateRequest.class);
        assertThat(body.location()).isEqualTo(Patch.absent());
        assertThat(body.department().isNull()).isTrue();
        assertThat(body.title()).isEqualTo(Patch.of("x"));
        assertThat(body.requiredSkills().isPresent()).isFalse();
    }

    @Test
    void coercesNumbersTheWayTheOriginalsPydanticModelsDid() {
        JobCreateRequest body = JSON.readValue("{\"title\":\"x\",\"salary_min\":\"160000\",\"salary_max\":3000000000.0}",
                JobCreateRequest.class);
        assertThat(body.salaryMin()).isEqualTo(Patch.of(160000L));
        assertThat(body.salaryMax()).isEqualTo(Patch.of(3_000_000_000L));
        CandidateCreateRequest candidate = JSON.readValue("{\"full_name\":\"J\",\"experience_years\":\" 8 \"}",
                CandidateCreateRequest.class);
        assertThat(candidate.experienceYears()).isEqualTo(Patch.of(8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"salary_min\":1.5}", "{\"salary_min\":\"\"}", "{\"salary_min\":\"1e5\"}",
            "{\"salary_min\":true}", "{\"salary_min\":[1]}", "{\"salary_min\":12345678901234567890}",
            "{\"title\":5}", "{\"title\":false}", "{\"title\":{}}", "{\"is_public\":\"true\"}", "{\"is_public\":1}",
            "{\"required_skills\":\"Python\"}", "{\"required_skills\":[\"a\",2]}", "{\"required_skills\":[null]}"})
    void refusesWhatTheOriginalRefused(String json) {
        assertThatThrownBy(() -> JSON.readValue(json, JobUpdateRequest.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void experienceYearsOutsideAnIntAreRefused() {
        assertThatThrownBy(() -> JSON.readValue("{\"experience_years\":\"3000000000\"}", CandidateUpdateRequest.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void aPatchKeepsWhatItDoesNotSendAndClearsWhatItSendsAsNull() {
        JobFields stored = new JobFields("Engineer", "R&D", "NYC", null, null, 1L, 2L, "EUR", null,
                List.of("Java"), null, "open", true);
        JobFields merged = JSON.readValue("{\"department\":null,\"required_skills\":null,\"salary_max\":\"5\"}",
                JobUpdateRequest.class).over(stored);
        assertThat(merged).isEqualTo(new JobFields("Engineer", null, "NYC", null, null, 1L, 5L, "EUR", null, null,
                null, "open", true));
        JobFields created = JSON.readValue("{\"title\":\"Designer\"}", JobCreateRequest.class).over(JobFields.defaults());
        assertThat(created.currency()).isEqualTo("USD");
        assertThat(created.requiredSkills()).isNull();
        assertThat(created.status()).isEqualTo("open");
    }
}
