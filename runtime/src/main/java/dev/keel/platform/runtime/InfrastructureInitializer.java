package dev.keel.platform.runtime;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts (or points at) PostgreSQL and Temporal before any bean needs them, and stops the embedded
 * ones only after every Spring context has closed, so no worker or request is cut off mid-write.
 */
public final class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    private static final Logger LOG = LoggerFactory.getLogger(InfrastructureInitializer.class);
    private static final AtomicBoolean SHUTDOWN_REGISTERED = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        ProcessRole role = ProcessRole.from(env);
        env.getPropertySources().addLast(new MapPropertySource("keelConnectionBudget",
                Map.of("keel.db.default-pool-size", role.defaultPoolSize())));
        DatabasePoolSettings.from(env);
        InfrastructureSettings settings = InfrastructureSettings.from(env);
        if (!settings.enabled()) {
            return;
        }
        settings.refusal(role).ifPresent(reason -> {
            LOG.error(reason);
            throw new IllegalStateException(reason);
        });
        KeelInfrastructure infrastructure = KeelInfrastructure.acquire(settings);
        env.getPropertySources().addFirst(new MapPropertySource("keelInfrastructure", infrastructure.properties()));
        context.getBeanFactory().registerSingleton("keelInfrastructure", infrastructure);
        if (SHUTDOWN_REGISTERED.compareAndSet(false, true)) {
            SpringApplication.getShutdownHandlers().add(() -> {
                infrastructure.close();
                SHUTDOWN_REGISTERED.set(false);
            });
        }
    }
}
