package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.ApprovalSettings;
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
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** /health against dependencies that refuse, hang, or lack what Keel needs: fast, honest, no driver text. */
class HealthControllerTest {

    @Test
    void unreachableDatabaseAndTemporalAre503Unhealthy() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/keel?user=keel&password=secret";
        WorkflowServiceStubs stubs = stubs("127.0.0.1:" + closedPort());
        try {
            MockEnvironment env = new MockEnvironment().withProperty("keel.temporal.mode", "external")
                    .withProperty("keel.version", "9.9.9");
            ResponseEntity<HealthView> response = controller(new DriverManagerDataSource(url), stubs, env, url)
                    .health();

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
                HealthController controller = controller(new DriverManagerDataSource(url), stubs, new MockEnvironment(), url);
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
            HealthView body = controller(new DriverManagerDataSource(url), temporal.stubs, new MockEnvironment(), url)
                    .health().getBody();
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
            MockEnvironment env = new MockEnvironment().withProperty("AUTO_APPROVE_BUILD113", "false");
            HealthView body = controller(new DriverManagerDataSource(url), stubs, env, url).health().getBody();
            assertThat(body.warnings()).isEqualTo(List.of(ApprovalWarnings.UNREACHABLE));
            assertThat(body.status()).isEqualTo("unhealthy");

            env.setProperty("TELEGRAM_BOT_TOKEN", "42:T");
            env.setProperty("TELEGRAM_CHAT_ID", "7");
            assertThat(controller(new DriverManagerDataSource(url), stubs, env, url).health().getBody().warnings())
                    .isEqualTo(List.of());
        } finally {
            stubs.shutdownNow();
        }
    }

    @Test
    void databaseIdentityMasksCredentials() {
        MockEnvironment env = new MockEnvironment();
        String identity = new DependencyChecks(env, "jdbc:postgresql://db:5432/keel?user=keel&password=one")
                .databaseIdentity();
        assertThat(identity).matches("[0-9a-f]{12}");
        assertThat(new DependencyChecks(env, "jdbc:postgresql://db:5432/keel?user=keel&password=two")
                .databaseIdentity()).isEqualTo(identity);
        assertThat(new DependencyChecks(env, "jdbc:postgresql://db:5432/other?user=keel&password=one")
                .databaseIdentity()).isNotEqualTo(identity);
    }

    static HealthController controller(DataSource dataSource, WorkflowServiceStubs stubs, MockEnvironment env, String url) {
        DependencyProbes probes = new DependencyProbes(new DatabaseProbe(dataSource),
                new TemporalProbe(stubs, new OperatorStubs(stubs, "default")), new ConnectionPoolMonitor(dataSource));
        return new HealthController(probes, new DependencyChecks(env, url), new ApprovalSettings(env));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static java.util.Set<String> polledExceptPluto() {
        java.util.Set<String> polled = new java.util.HashSet<>();
        for (String queue : List.of("keel-approvals", "keel-matching", "keel-platform", "keel-pluto", "keel-recruiting")) {
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
