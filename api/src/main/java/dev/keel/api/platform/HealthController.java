package dev.keel.api.platform;

import dev.keel.activities.approvals.ApprovalConfig;
import dev.keel.activities.approvals.ApprovalSettings;
import dev.keel.workflows.approvals.ApprovalWarnings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readiness (seed 003 section 2): 200 healthy/degraded, 503 when PostgreSQL or Temporal is unreachable.
 * {@code warnings} lists misconfigurations that do not change the status (e.g. approvals no human can see).
 */
@RestController
public class HealthController {
    private final DependencyChecks checks;
    private final ApprovalSettings approvalSettings;

    public HealthController(DependencyChecks checks, ApprovalSettings approvalSettings) {
        this.checks = checks;
        this.approvalSettings = approvalSettings;
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, Object>> health() {
        String database = checks.database();
        Map<String, Object> temporal = checks.temporal();
        boolean up = database.equals("connected") && "connected".equals(temporal.get("status"));
        boolean durable = Boolean.TRUE.equals(temporal.get("durable"));
        String status = !up ? "unhealthy" : durable ? "healthy" : "degraded";

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("timestamp", java.time.Instant.now().toString());
        body.put("database", database);
        body.put("database_identity", checks.databaseIdentity());
        body.put("temporal", temporal);
        body.put("qdrant", "disabled");
        body.put("kill_switches", checks.killSwitches());
        body.put("version", checks.version());
        body.put("service", "keel");
        body.put("component", "api");
        body.put("warnings", warnings());
        return ResponseEntity.status(up ? 200 : 503).body(body);
    }

    private List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        ApprovalConfig approvals = approvalSettings.current();
        if (!approvals.autoApproveActive() && !approvals.telegramConfigured()) {
            warnings.add(ApprovalWarnings.UNREACHABLE);
        }
        return warnings;
    }
}
