package dev.keel.platform.runtime;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.env.Environment;

/** What the environment asks of the infrastructure; unset external addresses mean "embedded". */
record InfrastructureSettings(
        Path dataDir,
        String datasourceUrl,
        String temporalAddress,
        String temporalCli,
        Integer temporalPort,
        Integer temporalUiPort,
        int postgresPort,
        boolean requireCli,
        boolean durablePostgres,
        boolean allowPartialEmbedded,
        ProcessRole role) {

    static InfrastructureSettings from(Environment env) {
        return new InfrastructureSettings(
                Path.of(env.getProperty("KEEL_DATA_DIR", "./.keel")).toAbsolutePath().normalize(),
                blankToNull(env.getProperty("SPRING_DATASOURCE_URL", env.getProperty("spring.datasource.url"))),
                blankToNull(env.getProperty("TEMPORAL_ADDRESS")),
                blankToNull(env.getProperty("KEEL_TEMPORAL_CLI")),
                portOrNull(env.getProperty("KEEL_TEMPORAL_PORT", "7233")),
                portOrNull(env.getProperty("KEEL_TEMPORAL_UI_PORT", "8233")),
                Integer.parseInt(env.getProperty("KEEL_POSTGRES_PORT", "0")),
                Boolean.parseBoolean(env.getProperty("KEEL_REQUIRE_TEMPORAL_CLI", "false")),
                Boolean.parseBoolean(env.getProperty("KEEL_POSTGRES_DURABLE",
                        env.getProperty("keel.postgres.durable", "true"))),
                Boolean.parseBoolean(env.getProperty("KEEL_ALLOW_PARTIAL_EMBEDDED", "false")),
                ProcessRole.from(env));
    }

    /** Why this process must not start as configured (one line naming the variables to set), if it must not. */
    Optional<String> refusal() {
        if (role.workerOnly() && temporalAddress == null) {
            return Optional.of("The worker needs TEMPORAL_ADDRESS (the Temporal server the API uses): without it it"
                    + " would run a private Temporal that no API ever sends work to");
        }
        boolean embeddedDatabase = datasourceUrl == null;
        boolean embeddedTemporal = temporalAddress == null;
        if (embeddedDatabase != embeddedTemporal && !allowPartialEmbedded) {
            String set = embeddedDatabase ? "TEMPORAL_ADDRESS" : "SPRING_DATASOURCE_URL";
            String unset = embeddedDatabase ? "SPRING_DATASOURCE_URL" : "TEMPORAL_ADDRESS";
            return Optional.of("Half-external setup refused: " + set + " is set but " + unset + " is not, so "
                    + (embeddedDatabase ? "PostgreSQL" : "Temporal") + " would be embedded in this process; set both"
                    + " TEMPORAL_ADDRESS and SPRING_DATASOURCE_URL (or neither), or KEEL_ALLOW_PARTIAL_EMBEDDED=true");
        }
        return Optional.empty();
    }

    /** "0" or "random" picks a free port; "none" (UI only) turns the feature off. */
    private static Integer portOrNull(String value) {
        if (value == null || value.isBlank() || value.equals("0") || value.equals("random") || value.equals("none")) {
            return null;
        }
        return Integer.parseInt(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
