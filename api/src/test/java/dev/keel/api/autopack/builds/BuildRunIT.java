package dev.keel.api.autopack.builds;

import static dev.keel.api.autopack.builds.FakeExecutor.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.ApprovalActivitiesImpl;
import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.activities.approvals.GovernanceActivitiesImpl;
import dev.keel.activities.autopack.builds.BuildRunStoreImpl;
import dev.keel.activities.autopack.builds.GitPatchApplier;
import dev.keel.api.approvals.ApprovalTestConfig;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.temporal.TaskQueues;
import dev.keel.workflows.approvals.ApprovalWorkflowImpl;
import dev.keel.workflows.approvals.GovernanceWorkflowImpl;
import dev.keel.workflows.autopack.builds.BuildRunWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A fake executor drives build runs over HTTP against the real app, Temporal dev server and PostgreSQL. The last
 * test kills the workers mid-run, so the context is discarded afterwards.
 */
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildRunIT extends KeelApiTest {
    private static FakeTelegramServer telegram;
    private static WorkerFactory replacement;

    @Autowired
    ApprovalTestConfig.TestApprovalSettings settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkerFactory workerFactory;
    @Autowired
    WorkflowClient client;
    @Autowired
    BuildRunStoreImpl store;
    @Autowired
    GitPatchApplier patches;
    @Autowired
    ApprovalActivitiesImpl approvalActivities;
    @Autowired
    GovernanceActivitiesImpl governanceActivities;

    @BeforeAll
    static void startTelegram() throws Exception {
        telegram = new FakeTelegramServer();
    }

    @AfterAll
    static void stop() {
        telegram.close();
        if (replacement != null) {
            replacement.shutdownNow();
        }
    }

    private FakeExecutor org(String alias) {
        return FakeExecutor.of(http(), alias);
    }

    @Test
    @Order(1)
    void startValidatesAndAnswersTheRunResponse() {
        FakeExecutor a = org("a");
        Response started = a.start(FakeExecutor.plan("shape-1", 2, 2, Map.of("token_cap", 0)));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().path("state").asString()).isEqualTo("RUN_CREATED");
        assertThat(started.json().path("token_cap").asLong()).isEqualTo(5_000_000);
        assertThat(started.json().path("tiers")).hasSize(2);
        assertThat(started.json().path("phases")).hasSize(4);
        assertThat(started.json().path("tiers").get(0).path("state").asString()).isEqualTo("PENDING");
        assertThat(started.json().path("phases").get(0).path("scope").path("read_only_context").toString())
                .isEqualTo("[{\"path\":\"docs/a.md\",\"reason\":\"\"},{\"path\":\"b.py\",\"reason\":\"\"}]");
        assertThat(a.start(FakeExecutor.plan("shape-1", 1, 1, Map.of())).detail()).isEqualTo("Run shape-1 already exists");
        Response unknownTier = a.start(Map.of("run", Map.of("run_id", "shape-2"), "tiers", List.of(),
                "phases", List.of(Map.of("phase_id", "x", "phase_index", 0, "tier_id", "T9", "name", "x"))));
        assertThat(unknownTier.status()).isEqualTo(400);
        assertThat(unknownTier.detail()).isEqualTo("Phase x references unknown tier T9");
        assertThat(a.start(Map.of("run", Map.of("run_id", "../etc"))).status()).isEqualTo(422);
        assertThat(a.run("nope").status()).isEqualTo(404);
        assertThat(http().postJson("/runs/start", FakeExecutor.plan("anon", 1, 1, Map.of())).status()).isEqualTo(401);
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 45_000) {
            sleep(60_000 - intoMinute + 50);
        }
        long limited = java.util.stream.IntStream.range(0, 11)
                .map(i -> a.startFrom("10.99.0.1", FakeExecutor.plan("rate-" + System.nanoTime(), 1, 1, Map.of()))
                        .status()).filter(s -> s == 429).count();
        assertThat(limited).as("10 starts per minute per address").isEqualTo(1);
    }

    @Test
    @Order(2)
    void illegalTransitionsAreRefusedWithDetail() {
        FakeExecutor a = org("a");
        assertThat(a.start(FakeExecutor.plan("moves", 1, 2, Map.of())).status()).isEqualTo(201);
        assertThat(a.status("moves", "moves-p0", "BOGUS").status()).isEqualTo(422);
        assertThat(a.status("moves", "nope", "COMPLETE").status()).isEqualTo(404);
        Response ci = a.status("moves", "moves-p0", "CI_RUNNING");
        assertThat(ci.status()).isEqualTo(409);
        assertThat(ci.detail()).isEqualTo("Phase moves-p0 can enter CI_RUNNING only from GATE (it is QUEUED)");
        assertThat(a.status("moves", "moves-p0", "COMPLETE").json().path("phase_state").asString()).isEqualTo("COMPLETE");
        Response back = a.status("moves", "moves-p0", "QUEUED");
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.detail()).isEqualTo("Phase moves-p0 is already COMPLETE and cannot become QUEUED");
        Response issue = a.issue("moves", "moves-p1", "flaky-test", "major");
        assertThat(issue.status()).as(issue.body()).isEqualTo(200);
        assertThat(issue.json().path("issue_state").asString()).isEqualTo("has_major_issues");
        Response last = a.status("moves", "moves-p1", "FAILED");
        assertThat(last.json().path("run_state").asString()).isEqualTo("DONE_FAILED_REQUIRES_HUMAN_REVIEW");
        Response run = a.run("moves");
        assertThat(run.json().path("major_issues_count").asInt()).isEqualTo(1);
        assertThat(run.json().path("completed_at").isNull()).isFalse();
        Response after = a.status("moves", "moves-p1", "FAILED");
        assertThat(after.status()).as(after.body()).isIn(200, 409);
        assertThat(a.status("moves", "moves-p1", "SKIPPED").detail())
                .isEqualTo("Run moves is already DONE_FAILED_REQUIRES_HUMAN_REVIEW");
    }

    @Test
    @Order(3)
    void tokenCapBreachEndsTheRun() {
        FakeExecutor a = org("a");
        a.start(FakeExecutor.plan("cap", 1, 3, Map.of("token_cap", 1000)));
        assertThat(a.builder("cap", "cap-p0", 600, List.of("src/app.py")).json().path("run_state").asString())
                .isEqualTo("PHASE_EXECUTION");
        Response breach = a.builder("cap", "cap-p1", 600, List.of("src/app.py"));
        assertThat(breach.json().path("run_state").asString()).isEqualTo("DONE_FAILED_BUDGET_EXHAUSTED");
        Response run = a.run("cap");
        assertThat(run.json().path("failure_reason").asString()).isEqualTo("token_cap exceeded: 1200 tokens used of 1000");
        assertThat(run.json().path("tokens_used").asLong()).isEqualTo(1200);
        eventually(() -> a.status("cap", "cap-p2", "EXECUTING").status() == 409, Duration.ofSeconds(10));
    }

    @Test
    @Order(4)
    void maxPhasesAndMaxDurationEndTheRun() {
        FakeExecutor a = org("a");
        a.start(FakeExecutor.plan("few", 1, 3, Map.of("max_phases", 1)));
        assertThat(a.status("few", "few-p0", "EXECUTING").status()).isEqualTo(200);
        Response second = a.status("few", "few-p1", "EXECUTING");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.detail()).isEqualTo("Run few ended DONE_FAILED_BUDGET_EXHAUSTED: max_phases (1) reached:"
                + " phase few-p1 would be phase 2");
        assertThat(a.run("few").json().path("state").asString()).isEqualTo("DONE_FAILED_BUDGET_EXHAUSTED");

        a.start(FakeExecutor.plan("slow", 1, 2, Map.of("max_duration_minutes", 0.05)));
        a.status("slow", "slow-p0", "EXECUTING");
        eventually(() -> a.run("slow").json().path("state").asString().equals("DONE_FAILED_BUDGET_EXHAUSTED"),
                Duration.ofSeconds(30));
        assertThat(a.run("slow").json().path("failure_reason").asString()).startsWith("max_duration_minutes exceeded");
        assertThat(a.status("slow", "slow-p0", "COMPLETE").status()).isEqualTo(409);
    }

    @Test
    @Order(4)
    void aTerminatedRunIsClosedByTheReconciler() {
        FakeExecutor a = org("a");
        a.start(FakeExecutor.plan("killed", 1, 1, Map.of()));
        client.newUntypedWorkflowStub("autopack-run-" + orgOf("killed") + "-killed").terminate("operator stop");
        eventually(() -> a.run("killed").json().path("state").asString().equals("DONE_FAILED_ENVIRONMENT"),
                Duration.ofSeconds(30));
        assertThat(a.run("killed").json().path("failure_reason").asString()).contains("operator stop");
        assertThat(a.status("killed", "killed-p0", "EXECUTING").status()).isEqualTo(409);
    }

    @Test
    @Order(5)
    void anotherOrganizationNeverSeesTheRun() {
        FakeExecutor a = org("a");
        FakeExecutor b = org("b");
        a.start(FakeExecutor.plan("mine", 1, 1, Map.of()));
        assertThat(b.run("mine").status()).isEqualTo(404);
        assertThat(b.status("mine", "mine-p0", "EXECUTING").status()).isEqualTo(404);
        assertThat(b.builder("mine", "mine-p0", 1, List.of()).status()).isEqualTo(404);
        assertThat(b.auditor("mine", "mine-p0", 1).status()).isEqualTo(404);
        assertThat(b.issue("mine", "mine-p0", "k", "minor").status()).isEqualTo(404);
        Response own = b.start(FakeExecutor.plan("mine", 1, 1, Map.of()));
        assertThat(own.status()).as("run ids are per organization").isEqualTo(201);
        assertThat(a.run("mine").json().path("phases").get(0).path("state").asString()).isEqualTo("QUEUED");
    }

    @Test
    @Order(6)
    void operatorInboxProgressAndDashboardStatusStayInTheOrganization() {
        FakeExecutor c = org("c");
        for (int i = 0; i < 3; i++) {
            assertThat(c.start(FakeExecutor.plan("inbox-" + i, 1, 2, Map.of())).status()).isEqualTo(201);
        }
        c.status("inbox-2", "inbox-2-p0", "COMPLETE");
        Response page = c.http.get("/runs?limit=2&offset=0");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().path("total").asLong()).isEqualTo(3);
        assertThat(page.json().path("runs")).hasSize(2);
        assertThat(page.json().path("runs").get(0).path("id").asString()).isEqualTo("inbox-2");
        assertThat(page.json().path("runs").get(0).path("phases_completed").asInt()).isEqualTo(1);
        assertThat(page.json().path("runs").get(0).path("current_phase_name").asString()).isEqualTo("Phase 1");
        Response clamped = c.http.get("/runs?limit=500&offset=-4");
        assertThat(clamped.json().path("limit").asInt()).isEqualTo(100);
        assertThat(clamped.json().path("offset").asInt()).isZero();
        assertThat(org("b").http.get("/runs").json().path("runs").toString()).doesNotContain("inbox-");

        Response progress = c.http.get("/runs/inbox-2/progress");
        assertThat(progress.json().path("phases_completed").asInt()).isEqualTo(1);
        assertThat(progress.json().path("phases_pending").asInt()).isEqualTo(1);
        assertThat(org("b").http.get("/runs/inbox-2/progress").status()).isEqualTo(404);

        Response status = c.http.get("/dashboard/runs/inbox-2/status");
        assertThat(status.json().path("percent_complete").asDouble()).isEqualTo(50.0);
        assertThat(status.json().path("current_phase_name").asString()).isEqualTo("Phase 1");
        assertThat(org("b").http.get("/dashboard/runs/inbox-2/status").status()).isEqualTo(404);

        assertThat(c.http.get("/dashboard/runs/inbox-2/consolidated-metrics?limit=99999").status())
                .as("kill switch off comes first").isEqualTo(503);
        c.issue("inbox-2", "inbox-2-p0", "dup-import", "minor");
        c.issue("inbox-1", "inbox-1-p0", "dup-import", "minor");
        Response index = c.http.get("/runs/inbox-2/issues/index");
        assertThat(index.json().path("issues_by_key").path("dup-import").path("seen_in_phases").get(0).asString())
                .isEqualTo("inbox-2-p0");
        Response backlog = c.http.get("/project/issues/backlog");
        assertThat(backlog.json().path("issues_by_key").path("dup-import").path("age_in_runs").asInt()).isEqualTo(2);
        assertThat(org("b").http.get("/project/issues/backlog").body()).doesNotContain("dup-import");
        assertThat(org("b").http.get("/runs/inbox-2/issues/index").status()).isEqualTo(404);

        Response efficiency = c.http.get("/dashboard/runs/inbox-2/token-efficiency");
        assertThat(efficiency.json().path("total_budget_cap").asLong()).isEqualTo(5_000_000);
        assertThat(c.http.get("/dashboard/runs/inbox-2/phase6-stats").json().path("total_phases").asInt()).isEqualTo(2);
        assertThat(org("b").http.get("/dashboard/runs/inbox-2/phase6-stats").status()).isEqualTo(404);
        Response note = c.http.postJson("/dashboard/human-notes", Map.of("note", "check P1", "run_id", "inbox-2"));
        assertThat(note.json().path("message").asString()).isEqualTo("Note added successfully");
        assertThat(c.http.postJson("/dashboard/human-notes", Map.of("note", " ")).status()).isEqualTo(422);

        var admin = dev.keel.api.support.TestUsers.register(http(), "autopack-bearer");
        assertThat(http().bearer(admin.accessToken()).get("/runs").status())
                .as("operator reads need the X-API-Key unless AUTOPACK_PUBLIC_READ").isEqualTo(403);
        assertThat(http().get("/runs").status()).isEqualTo(401);
    }

    @Test
    @Order(7)
    void serviceBannerAndKeyStatusArePublic() {
        assertThat(http().get("/").json().path("service").asString()).isEqualTo("Autopack Supervisor");
        assertThat(http().get("/api/auth/key-status").json().path("keys_loaded").asBoolean()).isTrue();
    }

    @Test
    @Order(8)
    void artifactsAreServedFromTheRunDirectoryAndTraversalIsRefused() throws Exception {
        FakeExecutor a = org("a");
        a.start(FakeExecutor.plan("arts", 1, 1, Map.of()));
        java.nio.file.Path root = java.nio.file.Files.createTempDirectory("keel-artifacts-");
        AutopackTestConfig.artifacts = root;
        try {
            java.nio.file.Path dir = root.resolve(Long.toString(orgOf("arts"))).resolve("arts");
            java.nio.file.Files.createDirectories(dir.resolve("phases"));
            java.nio.file.Files.writeString(dir.resolve("phases/phase_00.md"), "# phase 0\n");
            java.nio.file.Files.writeString(dir.resolve("screenshot_home.png"), "png");
            java.nio.file.Files.writeString(root.resolve("secret.txt"), "secret");
            java.nio.file.Files.createSymbolicLink(dir.resolve("link.txt"), root.resolve("secret.txt"));
            Response index = a.http.get("/runs/arts/artifacts/index");
            assertThat(index.json().path("artifacts")).hasSize(2);
            assertThat(a.http.get("/runs/arts/browser/artifacts").json().path("artifacts").get(0).path("type")
                    .asString()).isEqualTo("screenshot");
            Response file = a.http.get("/runs/arts/artifacts/file?path=phases/phase_00.md");
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).isEqualTo("# phase 0\n");
            Map<String, String> corpus = new java.util.LinkedHashMap<>();
            corpus.put("../secret.txt", "Path traversal not allowed");
            corpus.put("%2e%2e%2fsecret.txt", "Path traversal not allowed");
            corpus.put("%252e%252e%252fsecret.txt", "Path traversal not allowed");
            corpus.put("phases/..%5C..%5Csecret.txt", "Path traversal not allowed");
            corpus.put("..%5Csecret.txt", "Path traversal not allowed");
            corpus.put("%2Fetc%2Fpasswd", "Absolute paths not allowed");
            corpus.put("%252Fetc%252Fpasswd", "Absolute paths not allowed");
            corpus.put("%5Cetc%5Cpasswd", "Absolute paths not allowed");
            corpus.put("C:%5CWindows%5Cwin.ini", "Windows drive letters not allowed");
            corpus.put("c:/windows/win.ini", "Windows drive letters not allowed");
            corpus.put("C%253A%5Cx", "Windows drive letters not allowed");
            corpus.put("link.txt", "Path traversal not allowed");
            corpus.forEach((path, detail) -> {
                Response r = a.http.get("/runs/arts/artifacts/file?path=" + path);
                assertThat(r.status()).as(path).isEqualTo(400);
                assertThat(r.detail()).as(path).isEqualTo(detail);
            });
            assertThat(a.http.get("/runs/arts/artifacts/file?path=nope.md").status()).isEqualTo(404);
            assertThat(org("b").http.get("/runs/arts/artifacts/file?path=phases/phase_00.md").status()).isEqualTo(404);
            assertThat(org("b").http.get("/runs/arts/artifacts/index").status()).isEqualTo(404);
        } finally {
            AutopackTestConfig.artifacts = null;
        }
    }

    /**
     * 3 tiers x 3 phases: builder, auditor and COMPLETE per phase; a builder_result delivered twice; a risky phase
     * approved through the fake Telegram; every worker killed after phase 4 and replaced.
     */
    @Test
    @Order(9)
    void ninePhaseRunEndToEndThroughACrashAndAnApproval() throws Exception {
        settings.set(c -> new ApprovalConfig(false, "development", Duration.ofMinutes(15), false, "42:TEST", "777",
                telegram.base(), "s3cret", 1000));
        FakeExecutor a = org("a");
        String run = "e2e-" + System.nanoTime();
        assertThat(a.start(FakeExecutor.plan(run, 3, 3, Map.of("token_cap", 100_000))).status()).isEqualTo(201);
        for (int n = 0; n < 9; n++) {
            String phase = run + "-p" + n;
            boolean risky = n == 6;
            Response built = a.builder(run, phase, 100, List.of(risky ? "src/autopack/core.py" : "tests/test_x.py"));
            assertThat(built.status()).as(built.body()).isEqualTo(200);
            assertThat(built.json().path("phase_state").asString()).isEqualTo("GATE");
            if (n == 1) {
                Response again = a.builder(run, phase, 100, List.of("tests/test_x.py"));
                assertThat(again.status()).isEqualTo(200);
                assertThat(again.body()).isEqualTo(built.body());
            }
            assertThat(a.auditor(run, phase, 50).status()).isEqualTo(200);
            if (risky) {
                long approvalId = built.json().path("approval_id").asLong();
                assertThat(approvalId).isPositive();
                Response early = a.status(run, phase, "COMPLETE");
                assertThat(early.status()).isEqualTo(409);
                assertThat(early.detail()).isEqualTo("Phase " + phase + " waits for human approval #" + approvalId
                        + " before its gate passes");
                eventually(() -> !telegram.calls("sendMessage").isEmpty(), Duration.ofSeconds(30));
                String press = "{\"update_id\":" + System.nanoTime() % 1_000_000_000 + ",\"callback_query\":{\"id\":\"cq\","
                        + "\"from\":{\"id\":5,\"username\":\"alice\"},\"message\":{\"chat\":{\"id\":777}},"
                        + "\"data\":\"approve:" + phase + "\"}}";
                Response hook = http().header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
                        .postJson("/telegram/webhook", press);
                assertThat(hook.status()).as(hook.body()).isEqualTo(200);
                eventually(() -> a.status(run, phase, "COMPLETE").status() == 200, Duration.ofSeconds(30));
                assertThat(jdbc.sql("SELECT status FROM approvals WHERE id = ?").param(approvalId)
                        .query(String.class).single()).isEqualTo("approved");
            } else {
                Response done = a.status(run, phase, "COMPLETE");
                assertThat(done.status()).as(done.body()).isEqualTo(200);
            }
            if (n == 1) {
                Response late = a.builder(run, phase, 100, List.of("tests/test_x.py"));
                assertThat(late.body()).as("a repeated delivery answers as the first").isEqualTo(
                        a.builder(run, phase, 100, List.of("tests/test_x.py")).body());
                Response changed = a.builder(run, phase, 101, List.of("tests/test_x.py"));
                assertThat(changed.status()).as(changed.body()).isEqualTo(409);
            }
            if (n == 3) {
                crashAndReplaceWorkers();
            }
        }
        Response finished = a.run(run);
        assertThat(finished.json().path("state").asString()).isEqualTo("DONE_SUCCESS");
        assertThat(finished.json().path("tokens_used").asLong()).isEqualTo(9 * 150);
        assertThat(finished.json().path("minor_issues_count").asInt()).isEqualTo(9);
        assertThat(finished.json().path("completed_at").isNull()).isFalse();
        finished.json().path("tiers").forEach(t -> assertThat(t.path("state").asString()).isEqualTo("COMPLETE"));
        long builderUpdates = client.fetchHistory("autopack-run-" + orgOf(run) + "-" + run).getEvents().stream()
                .filter(e -> e.hasWorkflowExecutionUpdateAcceptedEventAttributes())
                .filter(e -> e.getWorkflowExecutionUpdateAcceptedEventAttributes().getAcceptedRequest().getInput()
                        .getName().equals("builderResult"))
                .count();
        assertThat(builderUpdates).as("one accepted builder_result per phase").isEqualTo(9);
        assertThat(jdbc.sql("SELECT outcome FROM runs WHERE workflow_id = ?").param("autopack-run-" + orgOf(run)
                + "-" + run).query(String.class).single()).isEqualTo("done_success");
        settings.reset();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private long orgOf(String runId) {
        return jdbc.sql("SELECT org_id FROM autopack_runs WHERE run_id = ?").param(runId).query(Long.class).single();
    }

    private void crashAndReplaceWorkers() throws InterruptedException {
        workerFactory.shutdownNow();
        workerFactory.awaitTermination(10, TimeUnit.SECONDS);
        replacement = WorkerFactory.newInstance(client);
        Worker builds = replacement.newWorker(TaskQueues.AUTOPACK);
        builds.registerWorkflowImplementationTypes(BuildRunWorkflowImpl.class);
        builds.registerActivitiesImplementations(store, patches);
        Worker approvals = replacement.newWorker(TaskQueues.APPROVALS);
        approvals.registerWorkflowImplementationTypes(ApprovalWorkflowImpl.class, GovernanceWorkflowImpl.class);
        approvals.registerActivitiesImplementations(approvalActivities, governanceActivities);
        replacement.start();
    }
}
