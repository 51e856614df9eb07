package dev.keel.platform.runtime;

import dev.keel.platform.settings.ValidatedBinder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * What the environment asks of the infrastructure ({@code keel.infrastructure.*}; keel-common.yml names the variable
 * of each). Unset external addresses mean "embedded". Ports: a number, "0" or "random" (a free port), and for the
 * UI also "none" (no UI). Bound before the context exists, by {@link ValidatedBinder}.
 */
public record InfrastructureSettings(
        @DefaultValue("true") Boolean enabled,
        @DefaultValue("./.keel") Path dataDir,
        String datasourceUrl,
        String temporalAddress,
        String temporalCli,
        @DefaultValue("7233") @Pattern(regexp = PORT, message = "expected a port number or random") String temporalPort,
        @DefaultValue("8233") @Pattern(regexp = PORT + "|none", message = "expected a port number, random or none")
        String temporalUiPort,
        @DefaultValue("0") @Min(0) @Max(65535) Integer postgresPort,
        @DefaultValue("false") Boolean requireTemporalCli,
        @DefaultValue("true") Boolean postgresDurable,
        @DefaultValue("false") Boolean allowPartialEmbedded) {
    private static final String PORT = "\\d{1,5}|random";

    public InfrastructureSettings {
        dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
        datasourceUrl = blankToNull(datasourceUrl);
        temporalAddress = blankToNull(temporalAddress);
        temporalCli = blankToNull(temporalCli);
    }

    static InfrastructureSettings from(Environment env) {
        return ValidatedBinder.bind(env, "keel.infrastructure", InfrastructureSettings.class);
    }

    /** The Temporal frontend port, or null for a free one. */
    Integer temporalPortNumber() {
        return portOrNull(temporalPort);
    }

    /** The Web UI port, or null for a free one or none ("none"). */
    Integer temporalUiPortNumber() {
        return portOrNull(temporalUiPort);
    }

    /** Why this process must not start as configured (one line naming the variables to set), if it must not. */
    Optional<String> refusal(ProcessRole role) {
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

    private static Integer portOrNull(String value) {
        if (value == null || value.equals("0") || value.equals("random") || value.equals("none")) {
            return null;
        }
        return Integer.parseInt(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
