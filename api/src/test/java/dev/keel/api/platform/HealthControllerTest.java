package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.ApprovalSettings;
import dev.keel.workflows.approvals.ApprovalWarnings;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

/** /health against dependencies that are really unreachable (closed ports): 503 and "unhealthy". */
class HealthControllerTest {

    @Test
    void unreachableDatabaseAndTemporalAre503Unhealthy() throws IOException {
        int deadPort = closedPort();
        String url = "jdbc:postgresql://127.0.0.1:" + deadPort + "/keel?user=keel&password=secret";
        WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(
                WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + closedPort()).build());
        try {
            MockEnvironment env = new MockEnvironment().withProperty("keel.temporal.mode", "external")
                    .withProperty("keel.version", "9.9.9");
            DependencyChecks checks = new DependencyChecks(new DriverManagerDataSource(url), stubs, env, url);

            ResponseEntity<Map<String, Object>> response = new HealthController(checks, new ApprovalSettings(env)).health();

            assertThat(response.getStatusCode().value()).isEqualTo(503);
            assertThat(response.getBody()).containsEntry("status", "unhealthy");
            assertThat((String) response.getBody().get("database")).startsWith("error: ");
            assertThat(((Map<?, ?>) response.getBody().get("temporal")).get("status")).isEqualTo("unreachable");
            assertThat(response.getBody()).containsEntry("version", "9.9.9");
            assertThat(response.getBody()).containsEntry("warnings", List.of());
        } finally {
            stubs.shutdownNow();
        }
    }

    @Test
    void warnsWhenApprovalsCanNeverReachAHuman() throws IOException {
        WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(
                WorkflowServiceStubsOptions.newBuilder().setTarget("127.0.0.1:" + closedPort()).build());
        try {
            String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/keel";
            MockEnvironment env = new MockEnvironment().withProperty("AUTO_APPROVE_BUILD113", "false");
            DependencyChecks checks = new DependencyChecks(new DriverManagerDataSource(url), stubs, env, url);
            Map<String, Object> body = new HealthController(checks, new ApprovalSettings(env)).health().getBody();
            assertThat(body).containsEntry("warnings", List.of(ApprovalWarnings.UNREACHABLE));
            assertThat(body).containsEntry("status", "unhealthy");

            env.setProperty("TELEGRAM_BOT_TOKEN", "42:T");
            env.setProperty("TELEGRAM_CHAT_ID", "7");
            assertThat(new HealthController(checks, new ApprovalSettings(env)).health().getBody())
                    .containsEntry("warnings", List.of());
        } finally {
            stubs.shutdownNow();
        }
    }

    @Test
    void databaseIdentityMasksCredentials() {
        MockEnvironment env = new MockEnvironment();
        String withSecret = "jdbc:postgresql://db:5432/keel?user=keel&password=one";
        String otherSecret = "jdbc:postgresql://db:5432/keel?user=keel&password=two";
        String identity = new DependencyChecks(new DriverManagerDataSource(withSecret), null, env, withSecret)
                .databaseIdentity();
        assertThat(identity).matches("[0-9a-f]{12}");
        assertThat(new DependencyChecks(new DriverManagerDataSource(otherSecret), null, env, otherSecret)
                .databaseIdentity()).isEqualTo(identity);
        String otherDb = "jdbc:postgresql://db:5432/other?user=keel&password=one";
        assertThat(new DependencyChecks(new DriverManagerDataSource(otherDb), null, env, otherDb)
                .databaseIdentity()).isNotEqualTo(identity);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
