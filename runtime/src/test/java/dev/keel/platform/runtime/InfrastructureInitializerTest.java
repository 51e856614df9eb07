package dev.keel.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.platform.settings.KeelEnvironment;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

class InfrastructureInitializerTest {

    @Test
    void refusesAHalfExternalSetupBeforeStartingAnything() {
        ConfigurableEnvironment env = KeelEnvironment.of(Map.of("TEMPORAL_ADDRESS", "127.0.0.1:1"));
        assertThatThrownBy(() -> initialize(env)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TEMPORAL_ADDRESS").hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void refusesAWorkerWithoutTemporalAddress() {
        ConfigurableEnvironment env = KeelEnvironment.of(Map.of(), Map.of("keel.role", "worker"));
        assertThatThrownBy(() -> initialize(env)).hasMessageStartingWith("The worker needs TEMPORAL_ADDRESS");
    }

    @Test
    void offersTheRolesPoolSizeAsTheDefault() {
        ConfigurableEnvironment env = KeelEnvironment.of(Map.of(),
                Map.of("keel.infrastructure.enabled", "false", "keel.role", "worker"));
        GenericApplicationContext context = initialize(env);
        assertThat(context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class))
                .isEqualTo(12);
        ConfigurableEnvironment sized = KeelEnvironment.of(Map.of("KEEL_DB_POOL_SIZE", "5"),
                Map.of("keel.infrastructure.enabled", "false", "keel.role", "worker"));
        assertThat(initialize(sized).getEnvironment()
                .getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class)).isEqualTo(5);
    }

    private static GenericApplicationContext initialize(ConfigurableEnvironment env) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setEnvironment(env);
        new InfrastructureInitializer().initialize(context);
        return context;
    }
}
