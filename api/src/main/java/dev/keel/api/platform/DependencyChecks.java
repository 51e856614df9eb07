package dev.keel.api.platform;

import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.platform.health.TemporalState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What {@code /health} says about this process's configuration, and how it shows the dependencies' state. The
 * Temporal target and mode are what the infrastructure bootstrap chose (external when it did not run).
 */
@Component
public class DependencyChecks {
    /** The connection this process uses, as Spring and the infrastructure bootstrap resolved it. */
    public record Connections(String datasourceUrl, String temporalTarget, String namespace, String temporalMode) {
    }

    private final Connections connections;
    private final String version;
    private final KillSwitches switches;
    private final ApprovalSettings approvals;

    @Autowired
    public DependencyChecks(@Value("${spring.datasource.url}") String datasourceUrl,
                            @Value("${spring.temporal.connection.target:}") String temporalTarget,
                            @Value("${spring.temporal.namespace}") String namespace,
                            @Value("${keel.temporal.mode:external}") String temporalMode,
                            @Value("${keel.version}") String version, KillSwitches switches, ApprovalSettings approvals) {
        this(new Connections(datasourceUrl, temporalTarget, namespace, temporalMode), version, switches, approvals);
    }

    public DependencyChecks(Connections connections, String version, KillSwitches switches, ApprovalSettings approvals) {
        this.connections = connections;
        this.version = version;
        this.switches = switches;
        this.approvals = approvals;
    }

    public boolean durable() {
        return !mode().equals("in-process");
    }

    public Map<String, Object> temporal(TemporalState state) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("status", state.reachable() ? "connected" : "unreachable");
        result.put("mode", mode());
        result.put("target", connections.temporalTarget());
        result.put("namespace", connections.namespace());
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
        String masked = connections.datasourceUrl().replaceAll("://[^/@]*@", "://***:***@")
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
        switches.put("phase6_metrics", this.switches.enablePhase6Metrics());
        switches.put("consolidated_metrics", this.switches.enableConsolidatedMetrics());
        switches.put("auto_approve_build113", approvals.current().autoApprove());
        return switches;
    }

    public String version() {
        return version;
    }

    private String mode() {
        return connections.temporalMode();
    }
}
