package dev.keel.api.runs;

import dev.keel.temporal.TemporalMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Links to runs in the Temporal Web UI. The base is {@code KEEL_TEMPORAL_UI_URL} when set; otherwise, with the
 * embedded CLI dev server, {@code http://localhost:{the UI port it started, KEEL_TEMPORAL_UI_PORT}}; otherwise (in-process
 * server, external Temporal without a configured UI, UI port {@code none}) there is no UI and no link.
 */
@Component
public class TemporalUiLinks {
    private final String base;
    private final String namespace;

    public TemporalUiLinks(@Value("${keel.temporal.ui-url:}") String configuredBase,
                           @Value("${keel.temporal.mode:}") String mode,
                           @Value("${keel.temporal.ui-port:}") String embeddedUiPort,
                           @Value("${spring.temporal.namespace}") String namespace) {
        this.base = base(configuredBase, mode, embeddedUiPort);
        this.namespace = namespace;
    }

    static String base(String configuredBase, String mode, String embeddedUiPort) {
        if (configuredBase != null && !configuredBase.isBlank()) {
            return configuredBase.strip().replaceAll("/+$", "");
        }
        if (!TemporalMode.CLI_DEV_SERVER.label().equals(mode) || embeddedUiPort == null
                || !embeddedUiPort.strip().matches("[1-9][0-9]{0,4}")) {
            return null;
        }
        return "http://localhost:" + embeddedUiPort.strip();
    }

    /** The run's page in the Temporal Web UI, or null when there is no UI. */
    public String workflow(String workflowId) {
        if (base == null) {
            return null;
        }
        return base + "/namespaces/" + encode(namespace) + "/workflows/" + encode(workflowId);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
