package dev.keel.api.autopack.storage;

import dev.keel.api.approvals.Approvers;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.storage.CleanupCandidates;
import dev.keel.domain.autopack.storage.StorageScan;
import dev.keel.domain.autopack.storage.StorageScans;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Storage scans of the caller's organization: start, list, detail, decisions on candidates. */
@RestController
@Tag(name = "autopack")
public class StorageScanController {
    private final StorageScanService service;
    private final StorageScans scans;
    private final CleanupCandidates candidates;
    private final StorageDecisions decisions;
    private final Approvers approvers;

    public StorageScanController(StorageScanService service, StorageScans scans, CleanupCandidates candidates,
                                 StorageDecisions decisions, Approvers approvers) {
        this.service = service;
        this.scans = scans;
        this.candidates = candidates;
        this.decisions = decisions;
        this.approvers = approvers;
    }

    /** Starts a StorageScanWorkflow over the target; the scan is listed at once with status running. */
    @PostMapping("/storage/scan")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiError(status = 403, description = "Only an API key or an org_admin user can start scans")
    @ApiError(status = 503, description = "AUTOPACK_STORAGE_ROOT is not configured")
    public StorageViews.StorageScanResponse start(Caller caller,
                                                  @Valid @RequestBody StorageBodies.StorageScanRequest body) {
        StorageAccess.requireOperator(caller);
        return StorageViews.StorageScanResponse.of(service.start(caller, body));
    }

    @GetMapping("/storage/scans")
    public List<StorageViews.StorageScanResponse> list(Caller caller,
            @Parameter(schema = @Schema(minimum = "1", maximum = "200", defaultValue = "50"))
            @RequestParam(defaultValue = "50") int limit,
            @Parameter(schema = @Schema(minimum = "0", defaultValue = "0")) @RequestParam(defaultValue = "0") int offset,
            @Parameter(schema = @Schema(minimum = "1", maximum = "36500")) @RequestParam(name = "since_days", required = false) Integer sinceDays,
            @Parameter(schema = @Schema(allowableValues = {"drive", "directory"}))
            @RequestParam(name = "scan_type", required = false) String scanType,
            @RequestParam(name = "scan_target", required = false) String scanTarget) {
        if (limit < 1 || limit > 200) {
            throw ApiException.unprocessable("limit must be between 1 and 200");
        }
        if (offset < 0) {
            throw ApiException.unprocessable("offset cannot be negative");
        }
        if (sinceDays != null && (sinceDays < 1 || sinceDays > 36500)) {
            throw ApiException.unprocessable("since_days must be between 1 and 36500");
        }
        return scans.list(caller.orgId(), sinceDays, scanType, scanTarget, limit, offset).stream()
                .map(StorageViews.StorageScanResponse::of).toList();
    }

    @GetMapping("/storage/scans/{scan_id}")
    public StorageViews.StorageScanDetailResponse detail(Caller caller, @PathVariable("scan_id") long scanId) {
        StorageScan scan = find(caller, scanId);
        Map<String, StorageViews.CategoryStatsResponse> stats = new LinkedHashMap<>();
        candidates.statsByCategory(caller.orgId(), scanId)
                .forEach(s -> stats.put(s.category(), StorageViews.CategoryStatsResponse.of(s)));
        return new StorageViews.StorageScanDetailResponse(StorageViews.StorageScanResponse.of(scan),
                candidates.ofScan(caller.orgId(), scanId, 10_000).stream()
                        .map(StorageViews.CleanupCandidateResponse::of).toList(), stats);
    }

    /** Decides candidates of the scan: approve, reject or defer (kept as deferred, unlike the original). */
    @PostMapping("/storage/scans/{scan_id}/approve")
    @ApiError(status = 403, description = "Only an API key or an org_admin user can decide")
    public StorageViews.StorageApprovalResponse approve(Caller caller, @PathVariable("scan_id") long scanId,
                                                        @Valid @RequestBody StorageBodies.StorageApprovalRequest body) {
        StorageAccess.requireOperator(caller);
        find(caller, scanId);
        if (!List.of("approve", "reject", "defer").contains(body.decision())) {
            throw ApiException.badRequest("decision must be 'approve', 'reject' or 'defer'");
        }
        String method = body.approvalMethod() == null ? "api" : body.approvalMethod();
        String by = approvers.of(caller);
        CleanupCandidates.Decided decided = decisions.decide(caller.orgId(), scanId, body.candidateIds(),
                body.decision(), by, method, body.notes());
        if (decided == null) {
            throw ApiException.badRequest("Invalid request parameters: no candidate id belongs to scan " + scanId);
        }
        return new StorageViews.StorageApprovalResponse(decided.approvalId(), scanId, body.decision(),
                decided.candidateIds().size(), decided.totalSizeBytes(), by, java.time.Instant.now());
    }

    private StorageScan find(Caller caller, long scanId) {
        return scans.find(caller.orgId(), scanId).orElseThrow(() -> ApiException.notFound("Scan " + scanId
                + " not found"));
    }
}
