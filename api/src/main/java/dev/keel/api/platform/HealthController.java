package dev.keel.api.platform;

import dev.keel.activities.approvals.ApprovalConfig;
import dev.keel.activities.approvals.ApprovalSettings;
import dev.keel.platform.health.DependencyProbes;
import dev.keel.platform.health.DependencyReport;
import dev.keel.platform.health.PoolPressure;
import dev.keel.workflows.approvals.ApprovalWarnings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readiness (seed 003 section 2), within 2 s whatever is down: 503 "unhealthy" when PostgreSQL or Temporal is
 * unreachable or Keel's search attributes are missing; 200 "degraded" for an in-process Temporal, a task queue no
 * worker polls, or callers waiting for a database connection; otherwise 200 "healthy". {@code warnings} says why
 * in words (and lists misconfigurations that do not change the status, e.g. approvals no human can see).
 */
@RestController
public class HealthController {
    private final DependencyProbes probes;
    private final DependencyChecks checks;
    private final ApprovalSettings approvalSettings;

    public HealthController(DependencyProbes probes, DependencyChecks checks, ApprovalSettings approvalSettings) {
        this.probes = probes;
        this.checks = checks;
        this.approvalSettings = approvalSettings;
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, Object>> health() {
        DependencyReport report = probes.check();
        boolean down = report.down();
        String status = down ? "unhealthy" : !checks.durable() || report.impaired() ? "degraded" : "healthy";

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("timestamp", Instant.now().toString());
        body.put("database", report.database());
        body.put("database_identity", checks.databaseIdentity());
        body.put("database_pool", report.pool().map(PoolPressure::toMap).orElse(null));
        body.put("temporal", checks.temporal(report.temporal()));
        body.put("qdrant", "disabled");
        body.put("kill_switches", checks.killSwitches());
        body.put("version", checks.version());
        body.put("service", "keel");
        body.put("component", "api");
        body.put("warnings", warnings(report));
        return ResponseEntity.status(down ? 503 : 200).body(body);
    }

    private List<String> warnings(DependencyReport report) {
        List<String> warnings = new ArrayList<>(report.problems());
        ApprovalConfig approvals = approvalSettings.current();
        if (!approvals.autoApproveActive() && !approvals.telegramConfigured()) {
            warnings.add(ApprovalWarnings.UNREACHABLE);
        }
        return warnings;
    }
}
