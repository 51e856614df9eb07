package dev.keel.api.platform;

import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.platform.health.DependencyProbes;
import dev.keel.platform.health.DependencyReport;
import dev.keel.platform.health.PoolPressure;
import dev.keel.workflows.approvals.ApprovalWarnings;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    @ApiResponse(responseCode = "200", description = "healthy or degraded")
    @ApiResponse(responseCode = "503", description = "unhealthy: PostgreSQL or Temporal is down",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HealthView.class)))
    ResponseEntity<HealthView> health() {
        DependencyReport report = probes.check();
        boolean down = report.down();
        String status = down ? "unhealthy" : !checks.durable() || report.impaired() ? "degraded" : "healthy";

        HealthView body = new HealthView(status, Instant.now().toString(), report.database(),
                checks.databaseIdentity(), report.pool().map(PoolPressure::toMap).orElse(null),
                checks.temporal(report.temporal()), "disabled", checks.killSwitches(), checks.version(), "keel",
                "api", warnings(report));
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
