package dev.keel.platform.runtime;

import dev.keel.platform.settings.ValidatedBinder;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.core.env.Environment;

/**
 * The connection pool settings keel-common.yml maps onto Hikari (KEEL_DB_POOL_SIZE, KEEL_DB_MIN_IDLE,
 * KEEL_DB_IDLE_TIMEOUT, KEEL_DB_CONNECTION_TIMEOUT in ms), checked before PostgreSQL starts: Hikari itself would
 * refuse a bad one only when the first bean needs a connection, with a stack trace. Their defaults stay in
 * keel-common.yml (they are Spring's properties); the pool size defaults by role ({@link ProcessRole}).
 */
public record DatabasePoolSettings(@Positive Integer maximumPoolSize,
                                   @PositiveOrZero Integer minimumIdle,
                                   @PositiveOrZero Long idleTimeout,
                                   @Positive Long connectionTimeout) {

    static DatabasePoolSettings from(Environment env) {
        return ValidatedBinder.bind(env, "spring.datasource.hikari", DatabasePoolSettings.class);
    }
}
