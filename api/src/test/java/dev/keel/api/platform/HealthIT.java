package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.util.Durations;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.OutageProxy;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.api.workflowservice.v1.RegisterNamespaceRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * An API-only process (the packaged jar, KEEL_WORKER_ENABLED=false, KEEL_MIGRATE=false) in a Temporal namespace of
 * its own, which no worker polls, reaching this test's PostgreSQL through a proxy: at start it registers Keel's
 * search attributes; /health names every task queue without pollers; then PostgreSQL stops answering and /health
 * still answers within 2 s, 503, without driver text.
 */
class HealthIT extends KeelApiTest {
    @Autowired
    Environment env;
    @Autowired
    WorkflowClient client;

    @Test
    void reportsQueuesWithoutPollersAndAnswersFastWithoutDriverTextWhenPostgresHangs() throws Exception {
        Path jar = Path.of("target", "keel-api.jar").toAbsolutePath();
        Assumptions.assumeTrue(Files.exists(jar), "SKIPPED: " + jar + " not built (run through `mvn verify`)");
        String namespace = "keel-health-" + UUID.randomUUID().toString().substring(0, 8);
        registerNamespace(namespace);
        URI database = URI.create(env.getRequiredProperty("spring.datasource.url").substring("jdbc:".length()));
        int port = freePort();
        Path dir = Files.createTempDirectory("keel-health-it-");
        try (OutageProxy proxy = new OutageProxy(database.getHost(), database.getPort())) {
            Process api = start(jar, dir, port, namespace,
                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath() + "?" + database.getQuery());
            try {
                HttpTestClient http = new HttpTestClient("http://127.0.0.1:" + port);
                awaitStarted(http, api, dir);

                Response healthy = http.get("/health");
                assertThat(healthy.status()).as(healthy.body()).isEqualTo(200);
                JsonNode temporal = healthy.json().path("temporal");
                assertThat(healthy.json().path("status").asString()).isEqualTo("degraded");
                assertThat(temporal.path("search_attributes").path("status").asString()).isEqualTo("registered");
                assertThat(temporal.path("task_queues").path("keel-approvals").path("status").asString()).isEqualTo("degraded");
                assertThat(temporal.path("task_queues").path("keel-approvals").path("workflow_pollers").asInt()).isZero();
                assertThat(healthy.json().path("warnings").toString()).contains("No worker polls task queue(s)", "keel-pluto");
                assertThat(healthy.json().path("database_pool").path("max").asInt()).isEqualTo(8);

                proxy.blackhole();
                for (int attempt = 0; attempt < 3; attempt++) {
                    long start = System.nanoTime();
                    Response down = http.get("/health");
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    assertThat(millis).as("attempt %d: %d ms", attempt, millis).isLessThan(2_000);
                    assertThat(down.status()).isEqualTo(503);
                    assertThat(down.json().path("status").asString()).isEqualTo("unhealthy");
                    assertThat(down.json().path("database").asString()).isEqualTo("unreachable");
                    assertThat(down.body()).doesNotContainIgnoringCase("sql").doesNotContain("FATAL", "jdbc",
                            "StatementCallback", "Exception");
                }
            } finally {
                api.destroy();
                if (!api.waitFor(30, TimeUnit.SECONDS)) {
                    api.destroyForcibly();
                }
            }
        }
    }

    private void registerNamespace(String namespace) throws InterruptedException {
        client.getWorkflowServiceStubs().blockingStub().registerNamespace(RegisterNamespaceRequest.newBuilder()
                .setNamespace(namespace).setWorkflowExecutionRetentionPeriod(Durations.fromDays(1)).build());
        OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions.newBuilder(
                client.getWorkflowServiceStubs().getOptions()).validateAndBuildWithDefaults());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (true) {
                try {
                    operator.blockingStub().listSearchAttributes(ListSearchAttributesRequest.newBuilder()
                            .setNamespace(namespace).build());
                    return;
                } catch (RuntimeException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                    Thread.sleep(200);
                }
            }
        } finally {
            operator.shutdownNow();
        }
    }

    private Process start(Path jar, Path dir, int port, String namespace, String datasourceUrl) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", jar.toString());
        Map<String, String> e = builder.environment();
        e.put("PORT", Integer.toString(port));
        e.put("KEEL_DATA_DIR", dir.toString());
        e.put("KEEL_WORKER_ENABLED", "false");
        e.put("KEEL_MIGRATE", "false");
        e.put("SPRING_DATASOURCE_URL", datasourceUrl);
        e.put("SPRING_DATASOURCE_USERNAME", env.getProperty("spring.datasource.username", "postgres"));
        e.put("SPRING_DATASOURCE_PASSWORD", env.getProperty("spring.datasource.password", ""));
        e.put("TEMPORAL_ADDRESS", env.getRequiredProperty("spring.temporal.connection.target"));
        e.put("TEMPORAL_NAMESPACE", namespace);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), "api.log")));
        return builder.start();
    }

    private static void awaitStarted(HttpTestClient http, Process api, Path dir) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!api.isAlive()) {
                throw new AssertionError("the API process exited: " + Files.readString(dir.resolve("api.log")));
            }
            try {
                if (http.get("/healthz").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the API process did not start: " + Files.readString(dir.resolve("api.log")));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
