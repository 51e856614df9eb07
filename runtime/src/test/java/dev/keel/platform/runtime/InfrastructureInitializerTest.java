package dev.keel.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

class InfrastructureInitializerTest {

    @Test
    void refusesAHalfExternalSetupBeforeStartingAnything() {
        MockEnvironment env = new MockEnvironment().withProperty("TEMPORAL_ADDRESS", "127.0.0.1:1");
        assertThatThrownBy(() -> initialize(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEMPORAL_ADDRESS").hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void refusesAWorkerWithoutTemporalAddress() {
        MockEnvironment env = new MockEnvironment().withProperty("keel.role", "worker");
        assertThatThrownBy(() -> initialize(env)).hasMessageStartingWith("The worker needs TEMPORAL_ADDRESS");
    }

    @Test
    void offersTheRolesPoolSizeAsTheDefault() {
        MockEnvironment env = new MockEnvironment().withProperty("keel.infrastructure.enabled", "false")
                .withProperty("keel.role", "worker");
        GenericApplicationContext context = initialize(env);
        assertThat(context.getEnvironment().getProperty("keel.db.default-pool-size", Integer.class)).isEqualTo(12);
    }

    private static GenericApplicationContext initialize(MockEnvironment env) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(env);
        new InfrastructureInitializer().initialize(context);
        return context;
    }
}
