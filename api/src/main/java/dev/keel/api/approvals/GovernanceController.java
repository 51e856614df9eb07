package dev.keel.api.approvals;

import dev.keel.api.platform.ApiError;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.api.platform.ApiException;
import jakarta.validation.Valid;
import dev.keel.api.identity.Caller;
import dev.keel.domain.approvals.GovernanceRecord;
import dev.keel.domain.approvals.GovernanceRequests;
import dev.keel.workflows.approvals.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Governance requests (BUILD-127): create, list pending, decide. Org-scoped; the first decision wins. */
@RestController
public class GovernanceController {
    private final GovernanceService service;
    private final GovernanceRequests requests;
    private final ApprovalSettings settings;
    private final Approvers approvers;

    public GovernanceController(GovernanceService service, GovernanceRequests requests, ApprovalSettings settings,
                                Approvers approvers) {
        this.service = service;
        this.requests = requests;
        this.settings = settings;
        this.approvers = approvers;
    }

    record View(String requestId, String runId, String phaseId, List<String> requestedPaths, String justification,
                String riskLevel, boolean autoApproved, Boolean approved, String approvedBy, Instant createdAt,
                String status, String closedReason) {
        static View of(GovernanceRecord g) {
            return new View(g.requestId(), g.runId(), g.phaseId(), paths(g.requestedPaths()),
                    g.justification(), g.riskLevel(), g.autoApproved(), g.approved(), g.approvedBy(), g.createdAt(),
                    g.status(), g.closedReason());
        }
    }

    private static List<String> paths(String json) {
        JsonNode node = ApprovalViews.json(json);
        List<String> paths = new ArrayList<>();
        if (node != null) {
            node.forEach(p -> paths.add(p.asString()));
        }
        return paths;
    }

    record PendingList(int count, List<View> pendingRequests) {
    }

    record DecisionResult(String status, String requestId, String message) {
    }

    @PostMapping("/governance/request")
    @ResponseStatus(HttpStatus.CREATED)
    public View create(Caller caller, @Valid @RequestBody GovernanceBodies.RequestGovernance body) {
        GovernanceRecord row = service.create(caller.orgId(), body.runId(), body.phaseId(), body.requestedPaths(),
                body.justification() == null ? "" : body.justification(), body.linesChanged(), settings.current());
        return View.of(row);
    }

    @GetMapping("/governance/pending")
    public PendingList pending(Caller caller) {
        List<View> items = requests.pending(caller.orgId(), 500).stream().map(View::of).toList();
        return new PendingList(items.size(), items);
    }

    /**
     * Decides a pending request; {@code approved} defaults to true as in the original. The decider recorded is the
     * authenticated caller; a {@code user_id} the client still sends is ignored.
     */
    @ApiError(status = 409, description = "The request is no longer pending")
    @PostMapping("/governance/approve/{request_id}")
    public DecisionResult approve(Caller caller, @PathVariable("request_id") String requestId,
                                  @RequestParam(value = "approved", defaultValue = "true") boolean approved) {
        GovernanceRecord row = requests.find(caller.orgId(), requestId)
                .orElseThrow(() -> ApiException.notFound("Governance request " + requestId + " not found"));
        if (!row.pending()) {
            throw ApiException.conflict("Governance request " + requestId + " is already " + row.status());
        }
        GovernanceRecord decided = service.decide(row, new Decision(approved, "dashboard", approvers.of(caller), null));
        String status = decided.status();
        return new DecisionResult(status, requestId, "Governance request " + requestId + " " + status + " by "
                + decided.approvedBy());
    }
}
