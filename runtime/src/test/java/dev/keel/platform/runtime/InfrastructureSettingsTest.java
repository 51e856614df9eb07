package dev.keel.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class InfrastructureSettingsTest {
    private static final String DB = "jdbc:postgresql://db:5432/keel";

    @Test
    void fullyEmbeddedAndFullyExternalStart() {
        assertThat(settings(new MockEnvironment()).refusal()).isEmpty();
        assertThat(settings(env().withProperty("SPRING_DATASOURCE_URL", DB)
                .withProperty("TEMPORAL_ADDRESS", "temporal:7233")).refusal()).isEmpty();
    }

    @Test
    void refusesExternalTemporalWithEmbeddedDatabaseNamingBothVariables() {
        String refusal = settings(env().withProperty("TEMPORAL_ADDRESS", "temporal:7233")).refusal().orElseThrow();
        assertThat(refusal).contains("TEMPORAL_ADDRESS", "SPRING_DATASOURCE_URL", "KEEL_ALLOW_PARTIAL_EMBEDDED")
                .contains("PostgreSQL would be embedded").doesNotContain("\n");
    }

    @Test
    void refusesExternalDatabaseWithEmbeddedTemporal() {
        String refusal = settings(env().withProperty("SPRING_DATASOURCE_URL", DB)).refusal().orElseThrow();
        assertThat(refusal).contains("SPRING_DATASOURCE_URL is set but TEMPORAL_ADDRESS is not")
                .contains("Temporal would be embedded");
    }

    @Test
    void startsHalfExternalWhenExplicitlyAllowed() {
        assertThat(settings(env().withProperty("SPRING_DATASOURCE_URL", DB)
                .withProperty("KEEL_ALLOW_PARTIAL_EMBEDDED", "true")).refusal()).isEmpty();
    }

    @Test
    void workerOnlyProcessRefusesToStartWithoutTemporalAddress() {
        MockEnvironment worker = env().withProperty("keel.role", "worker");
        assertThat(settings(worker).refusal().orElseThrow()).startsWith("The worker needs TEMPORAL_ADDRESS");
        worker.withProperty("SPRING_DATASOURCE_URL", DB).withProperty("KEEL_ALLOW_PARTIAL_EMBEDDED", "true");
        assertThat(settings(worker).refusal()).as("a private Temporal is never allowed").isPresent();
        worker.withProperty("TEMPORAL_ADDRESS", "temporal:7233");
        assertThat(settings(worker).refusal()).isEmpty();
    }

    @Test
    void poolIsSizedByRole() {
        assertThat(ProcessRole.from(env())).isEqualTo(ProcessRole.API_AND_WORKER);
        assertThat(ProcessRole.from(env().withProperty("KEEL_WORKER_ENABLED", "false"))).isEqualTo(ProcessRole.API_ONLY);
        assertThat(ProcessRole.from(env().withProperty("keel.role", "worker"))).isEqualTo(ProcessRole.WORKER_ONLY);
        assertThat(ProcessRole.API_ONLY.defaultPoolSize()).isLessThan(ProcessRole.WORKER_ONLY.defaultPoolSize());
        assertThat(ProcessRole.WORKER_ONLY.defaultPoolSize()).isLessThan(ProcessRole.API_AND_WORKER.defaultPoolSize());
    }

    private static MockEnvironment env() {
        return new MockEnvironment();
    }

    private static InfrastructureSettings settings(MockEnvironment env) {
        return InfrastructureSettings.from(env);
    }
}
