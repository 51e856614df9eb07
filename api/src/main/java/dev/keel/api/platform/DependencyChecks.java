package dev.keel.api.platform;

import dev.keel.platform.health.TemporalState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** What {@code /health} says about this process's configuration, and how it shows the dependencies' state. */
@Component
public class DependencyChecks {
    private final Environment env;
    private final String datasourceUrl;

    public DependencyChecks(Environment env, @Value("${spring.datasource.url}") String datasourceUrl) {
        this.env = env;
        this.datasourceUrl = datasourceUrl;
    }

    public boolean durable() {
        return !mode().equals("in-process");
    }

    public Map<String, Object> temporal(TemporalState state) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", state.reachable() ? "connected" : "unreachable");
        result.put("mode", mode());
        result.put("target", env.getProperty("spring.temporal.connection.target", ""));
        result.put("namespace", env.getProperty("spring.temporal.namespace", "default"));
        result.put("durable", durable());
        if (!durable()) {
            result.put("warning", "in-process Temporal server: workflow state will not survive a restart");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("status", state.missingSearchAttributes() == null ? "unknown"
                : state.searchAttributesMissing() ? "missing" : "registered");
        attributes.put("missing", state.missingSearchAttributes());
        result.put("search_attributes", attributes);
        Map<String, Object> queues = new LinkedHashMap<>();
        state.taskQueues().forEach((queue, pollers) -> queues.put(queue, pollers.toMap()));
        result.put("task_queues", queues);
        return result;
    }

    /** First 12 hex digits of SHA-256 of the database URL with credentials masked, as the original does. */
    public String databaseIdentity() {
        String masked = datasourceUrl.replaceAll("://[^/@]*@", "://***:***@")
                .replaceAll("(?i)(password=)[^&;]*", "$1***");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(masked.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> killSwitches() {
        Map<String, Object> switches = new LinkedHashMap<>();
        switches.put("phase6_metrics", flag("AUTOPACK_ENABLE_PHASE6_METRICS", "0"));
        switches.put("consolidated_metrics", flag("AUTOPACK_ENABLE_CONSOLIDATED_METRICS", "0"));
        switches.put("auto_approve_build113", flag("AUTO_APPROVE_BUILD113", "true"));
        return switches;
    }

    public String version() {
        return env.getProperty("keel.version", "unknown");
    }

    private String mode() {
        return env.getProperty("keel.temporal.mode", "external");
    }

    private boolean flag(String name, String defaultValue) {
        String value = env.getProperty(name, defaultValue).trim().toLowerCase();
        return value.equals("1") || value.equals("true") || value.equals("yes") || value.equals("on");
    }
}
