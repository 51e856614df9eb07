package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.platform.approvals.ApprovalProperties;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.platform.settings.KeelEnvironment;
import dev.keel.platform.health.ConnectionPoolMonitor;
import dev.keel.platform.health.DatabaseProbe;
import dev.keel.platform.health.DependencyProbes;
import dev.keel.platform.health.OperatorStubs;
import dev.keel.platform.health.TemporalProbe;
import dev.keel.workflows.approvals.ApprovalWarnings;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.core.env.StandardEnvironment;

/** /health against dependencies that refuse, hang, or lack what Keel needs: fast, honest, no driver text. */
class HealthControllerTest {

    @Test
    void unreachableDatabaseAndTemporalAre503Unhealthy() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/keel?user=keel&password=secret";
        WorkflowServiceStubs stubs = stubs("127.0.0.1:" + closedPort());
        try {
            ResponseEntity<HealthView> response = controller(new DriverManagerDataSource(url), stubs,
                    Map.of("KEEL_VERSION", "9.9.9"), url).health();

            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getBody().status()).isEqualTo("unhealthy");
            assertThat(response.getBody().database()).isEqualTo("unreachable");
            assertThat(response.getBody().temporal().get("status")).isEqualTo("unreachable");
            assertThat(response.getBody().version()).isEqualTo("9.9.9");
            assertThat(response.getBody().warnings()).isEqualTo(List.of());
        } finally {
            stubs.shutdownNow();
        }
    }

    @Test
    void answersWithinTwoSecondsWhenPostgresAndTemporalHang() throws IOException {
        try (SilentServer database = new SilentServer(); SilentServer temporal = new SilentServer()) {
            String url = "jdbc:postgresql://127.0.0.1:" + database.port() + "/keel?user=keel&password=secret";
            WorkflowServiceStubs stubs = stubs("127.0.0.1:" + temporal.port());
            try {
                HealthController controller = controller(new DriverManagerDataSource(url), stubs, Map.of(), url);
                for (int attempt = 0; attempt < 3; attempt++) {
                    long start = System.nanoTime();
                    ResponseEntity<HealthView> response = controller.health();
                    long millis = (System.nanoTime() - start) / 1_000_000;

                    assertThat(millis).as("attempt %d took %d ms", attempt, millis).isLessThan(2_000);
                    assertThat(response.getStatusCode().value()).isEqualTo(503);
                    assertThat(response.getBody().database()).isEqualTo("unreachable");
                    assertThat(response.getBody().toString()).doesNotContainIgnoringCase("sql")
                            .doesNotContain("jdbc", "Exception", "secret", "FATAL");
                }
            } finally {
                stubs.shutdownNow();
            }
        }
    }

    @Test
    void reportsMissingSearchAttributesAndQueuesNoWorkerPolls() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/keel";
        try (FakeTemporal temporal = new FakeTemporal(java.util.Set.of("KeelOrgId", "KeelKind"), polledExceptPluto())) {
            HealthController controller = controller(new DriverManagerDataSource(url), temporal.stubs, Map.of(), url);
            controller.health(); // the first call also opens the gRPC channel: on a loaded machine that alone can
                                 // outlast the 1.5 s health budget, which this test is not about
            HealthView body = controller.health().getBody();
            Map<String, Object> reported = body.temporal();
            assertThat(map(reported.get("search_attributes"))).containsEntry("status", "missing")
                    .containsEntry("missing", List.of("KeelOutcome"));
            Map<String, Object> queues = map(reported.get("task_queues"));
            assertThat(map(queues.get("keel-pluto"))).containsEntry("status", "degraded")
                    .containsEntry("workflow_pollers", 1).containsEntry("activity_pollers", 0);
            assertThat(map(queues.get("keel-approvals"))).containsEntry("status", "ok");
            assertThat(String.valueOf(body.warnings()))
                    .contains("KeelOutcome", "No worker polls task queue(s) keel-pluto");
        }
    }

    @Test
    void warnsWhenApprovalsCanNeverReachAHuman() throws IOException {
        WorkflowServiceStubs stubs = stubs("127.0.0.1:" + closedPort());
        try {
            String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/keel";
            Map<String, String> env = new HashMap<>(Map.of("AUTO_APPROVE_BUILD113", "false"));
            HealthView body = controller(new DriverManagerDataSource(url), stubs, env, url).health().getBody();
            assertThat(body.warnings()).isEqualTo(List.of(ApprovalWarnings.UNREACHABLE));
            assertThat(body.status()).isEqualTo("unhealthy");

            env.put("TELEGRAM_BOT_TOKEN", "42:T");
            env.put("TELEGRAM_CHAT_ID", "7");
            assertThat(controller(new DriverManagerDataSource(url), stubs, env, url).health().getBody().warnings())
                    .isEqualTo(List.of());
        } finally {
            stubs.shutdownNow();
        }
    }

    @Test
    void databaseIdentityMasksCredentials() {
        String identity = checks(Map.of(), "jdbc:postgresql://db:5432/keel?user=keel&password=one")
                .databaseIdentity();
        assertThat(identity).matches("[0-9a-f]{12}");
        assertThat(checks(Map.of(), "jdbc:postgresql://db:5432/keel?user=keel&password=two")
                .databaseIdentity()).isEqualTo(identity);
        assertThat(checks(Map.of(), "jdbc:postgresql://db:5432/other?user=keel&password=one")
                .databaseIdentity()).isNotEqualTo(identity);
    }

    /** The controller as a process started with these environment variables would build it. */
    static HealthController controller(DataSource dataSource, WorkflowServiceStubs stubs, Map<String, String> env,
                                       String url) {
        DependencyProbes probes = new DependencyProbes(new DatabaseProbe(dataSource),
                new TemporalProbe(stubs, new OperatorStubs(stubs, "default")), new ConnectionPoolMonitor(dataSource));
        return new HealthController(probes, checks(env, url), approvals(env));
    }

    private static DependencyChecks checks(Map<String, String> env, String url) {
        StandardEnvironment environment = KeelEnvironment.of(env);
        return new DependencyChecks(new DependencyChecks.Connections(url, "", "default", "external"),
                environment.getProperty("keel.version"),
                KeelEnvironment.bind("keel.autopack", KillSwitches.class, env), approvals(env));
    }

    private static ApprovalSettings approvals(Map<String, String> env) {
        return new ApprovalSettings(KeelEnvironment.bind("keel.approvals", ApprovalProperties.class, env));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static java.util.Set<String> polledExceptPluto() {
        java.util.Set<String> polled = new java.util.HashSet<>();
        java.util.Set<String> queues = new java.util.TreeSet<>(List.of("keel-matching"));
        for (dev.keel.temporal.WorkflowKind kind : dev.keel.temporal.WorkflowKind.values()) {
            queues.add(kind.taskQueue());
        }
        for (String queue : queues) {
            polled.add(queue + "/WORKFLOW");
            if (!queue.equals("keel-pluto")) {
                polled.add(queue + "/ACTIVITY");
            }
        }
        return polled;
    }

    private static WorkflowServiceStubs stubs(String target) {
        return WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder().setTarget(target).build());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
