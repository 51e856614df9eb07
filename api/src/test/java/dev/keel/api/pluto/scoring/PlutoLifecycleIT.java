package dev.keel.api.pluto.scoring;

import dev.keel.api.pluto.intake.IntakeFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.pluto.scoring.FakePlutoLlmServer;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.TemporalOperator;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.temporal.KeelSearchAttributes;
import io.temporal.client.WorkflowClient;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Operators stop Pluto workflows in Temporal (CLI terminate / cancel against the dev server): Keel reflects it
 * within 90 s and the organization can go on; confirm in a wrong phase is a 409; KeelOutcome is set.
 */
class PlutoLifecycleIT extends KeelApiTest {
    private static final Duration WITHIN = Duration.ofSeconds(90);

    @Autowired TestChatModelSettings settings;
    @Autowired WorkflowClient client;
    @Autowired RunIndex runIndex;
    @Autowired PlutoRunRepository runs;
    @Autowired PlutoCandidateRepository candidates;
    @Value("${spring.temporal.connection.target}") String target;
    private FakePlutoLlmServer llm;

    @BeforeEach
    void startFake() {
        llm = new FakePlutoLlmServer();
        settings.use(llm.baseUrl(), "test-key", "fake-model");
    }

    @AfterEach
    void stopFake() {
        settings.use(null, null, null);
        llm.close();
    }

    private String waitingRun(HttpTestClient http) {
        Response upload = PlutoCsv.upload(http, "ops.csv", PlutoCsv.rows(6, "Ops").getBytes(StandardCharsets.UTF_8),
                Map.of("skip_ai_scoring", "true"));
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        String runId = upload.json().path("run_id").asString();
        PlutoCsv.awaitStatus(http, runId, Duration.ofSeconds(60), "waiting_confirmation");
        return runId;
    }

    /** The KeelOutcome attribute; the workflow upserts it just after recording the run, so allow a moment. */
    private String outcome(String workflowId) throws InterruptedException {
        String outcome = null;
        for (int i = 0; i < 50 && outcome == null; i++) {
            outcome = client.newUntypedWorkflowStub(workflowId).describe().getTypedSearchAttributes()
                    .get(KeelSearchAttributes.OUTCOME);
            if (outcome == null) {
                Thread.sleep(100);
            }
        }
        return outcome;
    }

    @Test
    void terminatedRunIsClosedWithTheReasonAndTheOrganizationCanUploadAgain() throws Exception {
        TestUser user = TestUsers.register(http(), "pluto-term");
        HttpTestClient http = http().bearer(user.accessToken());
        String runId = waitingRun(http);
        long indexId = runIndex.findByWorkflowId("pluto-scoring-" + runId).orElseThrow().id();
        HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(http.builder("/api/runs/" + indexId
                + "/events").header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<String> streamed = CompletableFuture.supplyAsync(() -> readAll(stream.body()));

        new TemporalOperator(target, client).terminate("pluto-scoring-" + runId, "operator test");

        JsonNode status = PlutoCsv.awaitStatus(http, runId, WITHIN, "cancelled");
        assertThat(status.path("message").asString()).contains("operator test");
        assertThat(streamed.get(30, TimeUnit.SECONDS)).contains("event:closed").contains("terminated");
        RunRecord run = runIndex.findByWorkflowId("pluto-scoring-" + runId).orElseThrow();
        assertThat(run.status()).isEqualTo("cancelled");
        assertThat(run.outcome()).isEqualTo("terminated");
        Response again = PlutoCsv.upload(http, PlutoCsv.rows(2, "Again"));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
    }

    @Test
    void cancelledRunRecordsItselfCancelled() throws Exception {
        TestUser user = TestUsers.register(http(), "pluto-cancel");
        HttpTestClient http = http().bearer(user.accessToken());
        String runId = waitingRun(http);

        new TemporalOperator(target, client).cancel("pluto-scoring-" + runId);

        JsonNode status = PlutoCsv.awaitStatus(http, runId, WITHIN, "cancelled");
        assertThat(status.path("status").asString()).isEqualTo("cancelled");
        RunRecord run = runIndex.findByWorkflowId("pluto-scoring-" + runId).orElseThrow();
        assertThat(run.status()).isEqualTo("cancelled");
        assertThat(run.outcome()).as("the workflow recorded it, not the reconciler").isEqualTo("cancelled");
        assertThat(outcome("pluto-scoring-" + runId)).isEqualTo("cancelled");
        assertThat(PlutoCsv.upload(http, PlutoCsv.rows(2, "Next")).status()).isEqualTo(200);
    }

    @Test
    void apiCancelEndsTheWorkflowCancelledAndConfirmInAWrongPhaseIs409() throws Exception {
        TestUser user = TestUsers.register(http(), "pluto-apicancel");
        HttpTestClient http = http().bearer(user.accessToken());
        String runId = waitingRun(http);

        Response confirmed = http.postJson("/api/pluto/confirm?run_id=" + runId, "{}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        PlutoCsv.awaitStatus(http, runId, Duration.ofSeconds(60), "complete");
        assertThat(outcome("pluto-scoring-" + runId)).isEqualTo("complete");
        Response twice = http.postJson("/api/pluto/confirm?run_id=" + runId, "{}");
        assertThat(twice.status()).isEqualTo(409);

        String second = PlutoCsv.upload(http, PlutoCsv.rows(3, "Busy")).json().path("run_id").asString();
        PlutoCsv.awaitStatus(http, second, Duration.ofSeconds(60), "complete");
        Response notSkip = http.postJson("/api/pluto/confirm?run_id=" + second, "{}");
        assertThat(notSkip.status()).isEqualTo(409);

        String third = waitingRun(http);
        assertThat(http.postJson("/api/pluto/cancel?run_id=" + third, "{}").status()).isEqualTo(200);
        JsonNode cancelled = PlutoCsv.awaitStatus(http, third, WITHIN, "cancelled");
        assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
        assertThat(outcome("pluto-scoring-" + third)).isEqualTo("cancelled");
        assertThat(http.postJson("/api/pluto/confirm?run_id=" + third, "{}").status()).isEqualTo(409);
    }

    @Test
    void terminatedIntakeInvalidatesTheLinkAndANewLinkWorks() throws Exception {
        TestUser user = TestUsers.register(http(), "pluto-intake-term");
        HttpTestClient recruiter = http().bearer(user.accessToken());
        StoredPlutoCandidate dana = IntakeFixtures.stage(runs, candidates, user.orgId()).get(0);
        Response link = recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        String token = IntakeFixtures.token(link);
        assertThat(IntakeFixtures.validate(http(), dana.id(), token).status()).isEqualTo(200);
        assertThat(runIndex.findByWorkflowId("pluto-intake-" + dana.id())).isPresent();

        new TemporalOperator(target, client).terminate("pluto-intake-" + dana.id(), "operator test");

        long deadline = System.nanoTime() + WITHIN.toNanos();
        int validated = 200;
        while (System.nanoTime() < deadline && (validated = IntakeFixtures.validate(http(), dana.id(), token)
                .status()) == 200) {
            PlutoCsv.sleep(500);
        }
        assertThat(validated).isEqualTo(410);
        Response fresh = recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(IntakeFixtures.validate(http(), dana.id(), IntakeFixtures.token(fresh)).status()).isEqualTo(200);
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
