package dev.keel.api.studio.runs;

import static dev.keel.api.studio.runs.StudioFixtures.data;
import static dev.keel.api.studio.runs.StudioFixtures.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.studio.runs.FakeStreamingProvider.Script;
import dev.keel.api.studio.runs.StudioFixtures.StudioUser;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.SseStream;
import dev.keel.temporal.TaskQueues;
import dev.keel.workflows.studio.runs.BenchmarkRunWorkflowImpl;
import io.temporal.client.WorkflowClient;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

/**
 * The worker dies (its factory shut down mid-call: in-flight calls never complete on it) during a 3-model x 3-tier x
 * 5-run benchmark and a new worker takes over: the run completes, every (model, tier, run) is recorded once, and an
 * SSE client connected through the crash receives every event once. It stops the shared context's workers, so the
 * context is discarded afterwards.
 */
@DirtiesContext
class StudioWorkerCrashIT extends KeelApiTest {
    private static final List<String> MODELS = List.of("crash-a", "crash-b", "crash-c");

    @Autowired
    WorkerFactory workerFactory;
    @Autowired
    WorkflowClient client;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void benchmarkCompletesOnceAfterTheWorkerDies() throws Exception {
        try (FakeStreamingProvider fake = new FakeStreamingProvider()) {
            StudioUser user = StudioFixtures.register(http(), "studio-crash");
            // crash-a's 4th request (warm-up, then runs) stalls: the worker dies with that call in flight
            fake.script(MODELS.get(0), n -> n == 4 ? Script.stream(40_000, 30, 10) : Script.stream(200, 30, 10));
            for (int i = 0; i < MODELS.size(); i++) {
                if (i > 0) {
                    fake.script(MODELS.get(i), Script.stream(200, 30, 10));
                }
                StudioFixtures.configure(http(), user, StudioFixtures.openAiCompatible("cp" + i, fake.baseUrl(), MODELS.get(i),
                        128000), "sk-crash");
            }
            SseStream stream = StudioFixtures.post(http(), user.token(), Map.of("models", MODELS, "runs", 5,
                    "context_tiers", List.of(0, 1000, 2000), "max_tokens", 32));
            String runId = stream.response().headers().firstValue("X-Run-Id").orElseThrow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (fake.requests(MODELS.get(0)) < 4 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(300);
            long atCrash = results(runId);
            assertThat(atCrash).isBetween(3L, 44L);

            workerFactory.shutdownNow();
            workerFactory.awaitTermination(10, TimeUnit.SECONDS);
            System.out.println("StudioWorkerCrashIT: killed the worker at " + atCrash + " of 45 results");
            WorkerFactory replacement = WorkerFactory.newInstance(client);
            Worker worker = replacement.newWorker(TaskQueues.STUDIO);
            worker.registerWorkflowImplementationTypes(BenchmarkRunWorkflowImpl.class);
            worker.registerActivitiesImplementations(context.getBean("studioBenchmarkActivities"));
            replacement.start();
            try {
                stream.awaitEnd(Duration.ofSeconds(150));
            } finally {
                replacement.shutdownNow();
            }

            List<JsonNode> events = data(stream);
            assertThat(events.get(events.size() - 1).path("type").asString()).isEqualTo("complete");
            assertThat(ofType(events, "result")).hasSize(45);
            assertThat(ofType(events, "progress")).hasSize(45);
            Set<String> keys = ofType(events, "result").stream().map(r -> r.path("model_id").asString() + "/"
                    + r.path("context_tokens").asInt() + "/" + r.path("run").asInt()).collect(Collectors.toSet());
            assertThat(keys).hasSize(45);
            List<String> ids = stream.events().stream().map(SseStream.Event::id).filter(id -> id != null).toList();
            assertThat(ids).doesNotHaveDuplicates().hasSize(events.size()
                    - ofType(events, "heartbeat").size());
            assertThat(results(runId)).isEqualTo(45);
            assertThat(jdbc.sql("SELECT count(*) FROM studio_run_results WHERE run_id = ? AND success")
                    .param(runId).query(Long.class).single()).isEqualTo(45);
            assertThat(jdbc.sql("SELECT status FROM studio_runs WHERE id = ?").param(runId).query(String.class)
                    .single()).isEqualTo("completed");
            boolean retried = client.fetchHistory("studio-benchmark-" + runId).getEvents().stream()
                    .filter(e -> e.hasActivityTaskStartedEventAttributes())
                    .anyMatch(e -> e.getActivityTaskStartedEventAttributes().getAttempt() > 1);
            assertThat(retried).as("a call retried on the new worker").isTrue();
        }
    }

    private long results(String runId) {
        return jdbc.sql("SELECT count(*) FROM studio_run_results WHERE run_id = ?").param(runId).query(Long.class)
                .single();
    }
}
