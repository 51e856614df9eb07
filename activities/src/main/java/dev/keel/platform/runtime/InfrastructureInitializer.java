package dev.keel.platform.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
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
    private static final AtomicBoolean SHUTDOWN_REGISTERED = new AtomicBoolean();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (!Boolean.parseBoolean(env.getProperty("keel.infrastructure.enabled", "true"))) {
            return;
        }
        KeelInfrastructure infrastructure = KeelInfrastructure.acquire(InfrastructureSettings.from(env));
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
