package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.Eventually;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.SilentLlmServer;
import dev.keel.api.support.TestUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An intake whose caller stopped waiting (504) and whose workflow then ran past its execution timeout is closed
 * by the reconciler. Tests wait {@code keel.recruiting.intake-wait-seconds} (10) for an intake that times out
 * after {@code keel.recruiting.intake-timeout} (20 s), see application-test.yml.
 */
class IntakeTimeoutIT extends KeelApiTest {
    private static final SilentLlmServer SILENT_LLM = new SilentLlmServer();

    @Autowired
    TestChatModelSettings llm;

    @AfterEach
    void noProvider() {
        llm.use(null, null, null);
    }

    @AfterAll
    static void stopLlm() {
        SILENT_LLM.close();
    }

    @Test
    void reconcilerClosesAnIntakeThatRanPastItsExecutionTimeout() {
        HttpTestClient http = http().bearer(TestUsers.register(http(), "intake-timeout").accessToken());
        llm.use(SILENT_LLM.baseUrl(), "test-key", "gpt-4o-mini");

        Response response = http.postJson("/api/v1/agent/jobs/from_prompt", Map.of("prompt", "A job nobody extracts"));
        assertThat(response.status()).as(response.body()).isEqualTo(504);
        assertThat(response.detail()).contains("keeps running");
        assertThat(run(http).path("status").asString()).isEqualTo("running");

        Eventually.within(Duration.ofSeconds(60), "timed-out intake closed",
                () -> !run(http).path("status").asString().equals("running"));
        JsonNode run = run(http);
        assertThat(run.path("status").asString()).isEqualTo("failed");
        assertThat(run.path("outcome").asString()).isEqualTo("timed_out");
        assertThat(run.path("error").asString()).contains("execution timeout");
    }

    private static JsonNode run(HttpTestClient http) {
        return http.get("/api/runs?kind=recruiting-job").json().path("items").get(0);
    }
}
