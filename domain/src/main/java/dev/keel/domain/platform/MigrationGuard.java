package dev.keel.domain.platform;

import org.flywaydb.core.api.exception.FlywayValidateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates at start; a database whose applied migrations differ from this build's files (a migration edited
 * after it was applied) stops the start with one line saying what happened and what to do, instead of
 * Flyway's page of text.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationGuard {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationGuard.class);

    @Bean
    FlywayMigrationStrategy guardedMigration() {
        return flyway -> {
            try {
                flyway.migrate();
            } catch (FlywayValidateException e) {
                IllegalStateException refusal = new IllegalStateException("The database was migrated by a Keel build whose migration files"
                        + " differ from this one (" + firstLine(e.getMessage()) + "). Run the build that made it,"
                        + " or start with an empty data directory (KEEL_DATA_DIR) or database; migrations are"
                        + " append-only, so this is a bug in the build if both are released versions.", e);
                LOG.error(refusal.getMessage());
                throw refusal;
            }
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "checksum mismatch";
        }
        String trimmed = message.strip();
        for (String line : trimmed.split("\\R")) {
            if (line.contains("Migration checksum mismatch") || line.contains("mismatch")) {
                return line.replaceFirst("^-\\s*", "").strip();
            }
        }
        return trimmed.split("\\R")[0];
    }
}
