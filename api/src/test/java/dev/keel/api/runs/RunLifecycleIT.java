package dev.keel.api.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.TemporalOperator;
import io.temporal.client.WorkflowClient;
import dev.keel.api.support.Eventually;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.SseStream;
import dev.keel.api.support.SilentLlmServer;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunRecord;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.platform.WorkflowOutbox;
import dev.keel.domain.recruiting.IntakeUploadRepository;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The run lifecycle foundation against the real dev server: launcher, outbox, reconciler. */
class RunLifecycleIT extends KeelApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SilentLlmServer SILENT_LLM = new SilentLlmServer();

    @Autowired
    WorkflowClient client;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunIndex runs;
    @Autowired
    WorkflowOutbox outbox;
    @Autowired
    IntakeUploadRepository uploads;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestChatModelSettings llm;
    @Value("${spring.temporal.connection.target}")
    String temporalTarget;

    @AfterEach
    void noProvider() {
        llm.use(null, null, null);
    }

    @AfterAll
    static void stopLlm() {
        SILENT_LLM.close();
    }

    @Test
    void reconcilerClosesARunTerminatedThroughTheCliAndEndsItsStream() throws Exception {
        TestUser user = TestUsers.register(http(), "terminate");
        llm.use(SILENT_LLM.baseUrl(), "test-key", "gpt-4o-mini");
        String workflowId = "recruiting-job-" + UUID.randomUUID();
        RunLauncher.Launched launched = launcher.launch(RunFixtures.jobIntake(uploads, user.orgId(), workflowId,
                "A job nobody will extract"));
        assertThat(launched.started()).as(String.valueOf(launched.error())).isTrue();
        assertThat(status(workflowId)).isEqualTo("running");
        SseStream stream = SseStream.open(http().bearer(user.accessToken())
                .builder("/api/runs/" + launched.runId() + "/events"));

        new TemporalOperator(temporalTarget, client).terminate(workflowId, "operator says stop");

        Eventually.within(Duration.ofSeconds(90), "run closed", () -> !"running".equals(status(workflowId)));
        JsonNode run = http().bearer(user.accessToken()).get("/api/runs/" + launched.runId()).json();
        assertThat(run.path("status").asString()).isEqualTo("cancelled");
        assertThat(run.path("outcome").asString()).isEqualTo("terminated");
        assertThat(run.path("error").asString()).contains("operator says stop");
        assertThat(run.path("completed_at").isNull()).isFalse();
        List<SseStream.Event> events = stream.awaitEnd(Duration.ofSeconds(30)).events();
        SseStream.Event last = events.get(events.size() - 1);
        assertThat(last.name()).isEqualTo("closed");
        assertThat(JSON.readTree(last.data()).path("status").asString()).isEqualTo("cancelled");
        assertThat(JSON.readTree(last.data()).path("error").asString()).contains("operator says stop");
    }

    @Test
    void dispatcherStartsWhatTheOutboxHeldWhenTheProcessDiedAfterTheCommit() {
        TestUser user = TestUsers.register(http(), "outbox");
        String workflowId = "recruiting-job-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> launcher.enqueue(RunFixtures.jobIntake(uploads, user.orgId(),
                workflowId, "Senior Backend Engineer in NYC with Python")));
        RunRecord queued = runs.findByWorkflowId(workflowId).orElseThrow();
        assertThat(queued.status()).isIn("queued", "running", "completed");

        Eventually.within(Duration.ofSeconds(30), "outbox drained", () -> !outbox.pendingFor(queued.id()));
        Eventually.within(Duration.ofSeconds(60), "intake completed", () -> "completed".equals(status(workflowId)));
    }

    @Test
    void aStartTemporalRefusesClosesTheRunFailedWithTheReason() {
        TestUser user = TestUsers.register(http(), "refused");
        String workflowId = "recruiting-job-" + "x".repeat(1100);
        RunLauncher.Launched launched = launcher.launch(RunFixtures.jobIntake(uploads, user.orgId(), workflowId,
                "An id too long for Temporal"));

        assertThat(launched.started()).isFalse();
        RunRecord run = runs.findByWorkflowId(workflowId).orElseThrow();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED.wire());
        assertThat(run.outcome()).isEqualTo("not_started");
        assertThat(run.error()).contains("refused").contains("INVALID_ARGUMENT");
        assertThat(outbox.pendingFor(run.id())).isFalse();
    }

    @Test
    void anOutboxInputThatCannotBeRestoredIsRefusedNotRetried() {
        TestUser user = TestUsers.register(http(), "badinput");
        String workflowId = "recruiting-job-" + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            long runId = runs.registerQueued(user.orgId(), "recruiting-job", "upload-0", workflowId, "bad input",
                    false).orElseThrow();
            outbox.insert(runId, workflowId, "JobIntakeWorkflow", "keel-recruiting", "dev.keel.NoSuchInput", "{}",
                    null, RunStatus.RUNNING, false, null);
        });

        RunLauncher.Launched launched = launcher.dispatchNow(workflowId).orElseThrow();

        assertThat(launched.started()).isFalse();
        RunRecord run = runs.findByWorkflowId(workflowId).orElseThrow();
        assertThat(run.status()).isEqualTo("failed");
        assertThat(run.error()).contains("cannot be restored").contains("dev.keel.NoSuchInput");
        assertThat(outbox.pendingFor(run.id())).isFalse();
    }

    private String status(String workflowId) {
        return runs.findByWorkflowId(workflowId).map(RunRecord::status).orElse(null);
    }
}
