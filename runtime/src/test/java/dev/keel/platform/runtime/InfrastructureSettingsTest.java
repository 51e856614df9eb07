package dev.keel.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.platform.settings.KeelEnvironment;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

class InfrastructureSettingsTest {
    private static final String DB = "jdbc:postgresql://db:5432/keel";

    @Test
    void unsetVariablesTakeTheRecordsDefaults() {
        InfrastructureSettings settings = InfrastructureSettings.from(KeelEnvironment.of(Map.of()));
        assertThat(settings.dataDir()).isEqualTo(Path.of(".keel").toAbsolutePath());
        assertThat(settings.temporalPortNumber()).isEqualTo(7233);
        assertThat(settings.temporalUiPortNumber()).isEqualTo(8233);
        assertThat(settings.postgresPort()).isZero();
        assertThat(settings.postgresDurable()).isTrue();
        assertThat(settings.requireTemporalCli()).isFalse();
        assertThat(settings.datasourceUrl()).isNull();
        assertThat(settings.temporalAddress()).isNull();
    }

    @Test
    void readsEachVariable() {
        InfrastructureSettings settings = InfrastructureSettings.from(KeelEnvironment.of(Map.of(
                "KEEL_DATA_DIR", "/tmp/keel-x", "KEEL_TEMPORAL_PORT", "random", "KEEL_TEMPORAL_UI_PORT", "none",
                "KEEL_POSTGRES_PORT", "5433", "KEEL_POSTGRES_DURABLE", "false", "SPRING_DATASOURCE_URL", DB)));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/keel-x"));
        assertThat(settings.temporalPortNumber()).isNull();
        assertThat(settings.temporalUiPortNumber()).isNull();
        assertThat(settings.postgresPort()).isEqualTo(5433);
        assertThat(settings.postgresDurable()).isFalse();
        assertThat(settings.datasourceUrl()).isEqualTo(DB);
    }

    @Test
    void fullyEmbeddedAndFullyExternalStart() {
        assertThat(refusal(Map.of())).isNull();
        assertThat(refusal(Map.of("SPRING_DATASOURCE_URL", DB, "TEMPORAL_ADDRESS", "temporal:7233"))).isNull();
    }

    @Test
    void refusesExternalTemporalWithEmbeddedDatabaseNamingBothVariables() {
        assertThat(refusal(Map.of("TEMPORAL_ADDRESS", "temporal:7233")))
                .contains("TEMPORAL_ADDRESS", "SPRING_DATASOURCE_URL", "KEEL_ALLOW_PARTIAL_EMBEDDED")
                .contains("PostgreSQL would be embedded").doesNotContain("\n");
    }

    @Test
    void refusesExternalDatabaseWithEmbeddedTemporal() {
        assertThat(refusal(Map.of("SPRING_DATASOURCE_URL", DB)))
                .contains("SPRING_DATASOURCE_URL is set but TEMPORAL_ADDRESS is not")
                .contains("Temporal would be embedded");
    }

    @Test
    void startsHalfExternalWhenExplicitlyAllowed() {
        assertThat(refusal(Map.of("SPRING_DATASOURCE_URL", DB, "KEEL_ALLOW_PARTIAL_EMBEDDED", "true"))).isNull();
    }

    @Test
    void workerOnlyProcessRefusesToStartWithoutTemporalAddress() {
        Map<String, String> variables = new HashMap<>();
        assertThat(workerRefusal(variables)).startsWith("The worker needs TEMPORAL_ADDRESS");
        variables.put("SPRING_DATASOURCE_URL", DB);
        variables.put("KEEL_ALLOW_PARTIAL_EMBEDDED", "true");
        assertThat(workerRefusal(variables)).as("a private Temporal is never allowed").isNotNull();
        variables.put("TEMPORAL_ADDRESS", "temporal:7233");
        assertThat(workerRefusal(variables)).isNull();
    }

    @Test
    void poolIsSizedByRole() {
        assertThat(ProcessRole.from(KeelEnvironment.of(Map.of()))).isEqualTo(ProcessRole.API_AND_WORKER);
        assertThat(ProcessRole.from(KeelEnvironment.of(Map.of("KEEL_WORKER_ENABLED", "false"))))
                .isEqualTo(ProcessRole.API_ONLY);
        assertThat(ProcessRole.from(worker(Map.of()))).isEqualTo(ProcessRole.WORKER_ONLY);
        assertThat(ProcessRole.API_ONLY.defaultPoolSize()).isLessThan(ProcessRole.WORKER_ONLY.defaultPoolSize());
        assertThat(ProcessRole.WORKER_ONLY.defaultPoolSize()).isLessThan(ProcessRole.API_AND_WORKER.defaultPoolSize());
    }

    private static String refusal(Map<String, String> variables) {
        StandardEnvironment env = KeelEnvironment.of(variables);
        return InfrastructureSettings.from(env).refusal(ProcessRole.from(env)).orElse(null);
    }

    private static String workerRefusal(Map<String, String> variables) {
        StandardEnvironment env = worker(variables);
        return InfrastructureSettings.from(env).refusal(ProcessRole.from(env)).orElse(null);
    }

    private static StandardEnvironment worker(Map<String, String> variables) {
        return KeelEnvironment.of(variables, Map.of("keel.role", "worker"));
    }
}
