package dev.keel.api.recruiting;

import static dev.keel.api.recruiting.JobsIT.patch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.recruiting.ProfileChanged;
import dev.keel.domain.recruiting.ProfileChanged.Kind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileEventsIT extends KeelApiTest {
    @Autowired
    ProfileEventsRecorder recorder;
    @Autowired
    TestChatModelSettings settings;

    @Test
    void publishesAfterCommitForEveryChangeAndNothingForRejectedInput() {
        settings.use(null, null, null);
        TestUser user = TestUsers.register(http(), "events");
        HttpTestClient http = http().bearer(user.accessToken());
        long job = http.postJson("/api/v1/jobs", SeedExamples.JOB).json().path("id").asLong();
        patch(http, "/api/v1/jobs/" + job, "{\"status\":\"closed\"}");
        patch(http, "/api/v1/jobs/" + job, "{\"salary_min\":999999999}");
        long cand = http.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        http.postJson("/api/v1/candidates", "{\"full_name\":\"\"}");
        http.delete("/api/v1/candidates/" + cand);
        http.delete("/api/v1/jobs/" + job);
        long intakeJob = http.postJson("/api/v1/agent/jobs/from_prompt", Map.of("prompt", "Hiring a Java Developer"))
                .json().path("job").path("id").asLong();

        long org = user.orgId();
        assertThat(recorder.forOrg(org)).containsExactly(
                new ProfileChanged(org, Kind.JOB, job, false),
                new ProfileChanged(org, Kind.JOB, job, false),
                new ProfileChanged(org, Kind.CANDIDATE, cand, false),
                new ProfileChanged(org, Kind.CANDIDATE, cand, true),
                new ProfileChanged(org, Kind.JOB, job, true),
                new ProfileChanged(org, Kind.JOB, intakeJob, false));
    }
}
