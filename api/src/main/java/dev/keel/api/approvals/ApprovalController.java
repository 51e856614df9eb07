package dev.keel.api.approvals;

import dev.keel.api.platform.ApiError;
import dev.keel.platform.approvals.ApprovalConfig;
import dev.keel.platform.approvals.ApprovalSettings;
import dev.keel.api.identity.Caller;
import dev.keel.api.identity.ClientAddress;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.approvals.ApprovalRecord;
import dev.keel.domain.approvals.Approvals;
import dev.keel.workflows.approvals.Decision;
import dev.keel.workflows.approvals.TelegramReceipt;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Autopack approvals (BUILD-117): request, status, pending list, dashboard decision. Org-scoped. */
@RestController
public class ApprovalController {
    private final ApprovalService service;
    private final Approvals approvals;
    private final ApprovalSettings settings;
    private final RequestRateLimiter limiter;
    private final ClientAddress clientAddress;
    private final Approvers approvers;

    public ApprovalController(ApprovalService service, Approvals approvals, ApprovalSettings settings,
                              RequestRateLimiter limiter, ClientAddress clientAddress, Approvers approvers) {
        this.service = service;
        this.approvals = approvals;
        this.settings = settings;
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.approvers = approvers;
    }

    /**
     * Creates an approval. Auto-approve mode answers approved at once; otherwise pending, with whether the
     * Telegram message went out. Temporal unreachable: still pending (stored durably), the workflow starts
     * when Temporal is back, and the reason says so.
     */
    @PostMapping("/approval/request")
    @ApiError(status = 429, description = "Too many approval requests from this address")
    public ApprovalBodies.ApprovalRequested request(Caller caller,
                                                    @Valid @RequestBody ApprovalBodies.RequestApproval body,
                                                    HttpServletRequest http) {
        ApprovalConfig config = settings.current();
        limiter.check("approval-request:" + clientAddress.of(http), config.requestsPerMinute());
        ApprovalRequest request = ApprovalRequest.from(body);
        ApprovalService.Requested created = service.request(caller.orgId(), request, config);
        ApprovalRecord row = created.row();
        if (config.autoApproveActive()) {
            return new ApprovalBodies.ApprovalRequested("approved", row.approvalReason(), row.id(), null, null);
        }
        boolean telegramSent = false;
        if (created.started() && config.telegramConfigured()) {
            TelegramReceipt receipt = service.awaitTelegram(row);
            telegramSent = receipt != null && receipt.sent();
        }
        String reason = "Awaiting human approval (timeout in " + minutes(config.timeout()) + " minutes, default: "
                + (config.approveOnTimeout() ? "approve" : "reject") + ")";
        if (!created.started()) {
            reason += "; Temporal is unreachable: the request is stored and its workflow starts when Temporal is back";
        }
        return new ApprovalBodies.ApprovalRequested("pending", reason, row.id(), telegramSent, row.timeoutAt());
    }

    @GetMapping("/approval/status/{approval_id}")
    public ApprovalViews.ApprovalStatus status(Caller caller, @PathVariable("approval_id") long approvalId) {
        return ApprovalViews.ApprovalStatus.of(find(caller, approvalId));
    }

    @GetMapping("/approval/pending")
    public ApprovalViews.ApprovalPendingList pending(Caller caller) {
        var items = approvals.pending(caller.orgId(), 500).stream().map(ApprovalViews.PendingApproval::of).toList();
        return new ApprovalViews.ApprovalPendingList(items.size(), items);
    }

    /**
     * Dashboard decision through the workflow's decide update; answers the recorded status. 409 when the
     * approval is no longer pending (the detail names its status), 503 when no worker answers within 10 s. The
     * decider recorded is the authenticated caller; a {@code user_id} in the body is ignored.
     */
    @PostMapping("/approval/{approval_id}/decide")
    @ApiError(status = 409, description = "The approval is no longer pending")
    @ApiError(status = 503, description = "No approvals worker answered within 10 s")
    public ApprovalViews.ApprovalStatus decide(Caller caller, @PathVariable("approval_id") long approvalId,
                                               @Valid @RequestBody ApprovalBodies.ApprovalDecision body) {
        String reason = body.reason();
        ApprovalRecord row = find(caller, approvalId);
        if (!row.pending()) {
            throw ApiException.conflict("Approval request #" + approvalId + " is already " + row.status());
        }
        Decision decision = new Decision(body.approved(), "dashboard", approvers.of(caller), reason);
        return ApprovalViews.ApprovalStatus.of(service.decide(row, decision));
    }

    private ApprovalRecord find(Caller caller, long approvalId) {
        return approvals.find(caller.orgId(), approvalId)
                .orElseThrow(() -> ApiException.notFound("Approval request #" + approvalId + " not found"));
    }

    private static String minutes(Duration timeout) {
        long seconds = timeout.toSeconds();
        return seconds % 60 == 0 ? Long.toString(seconds / 60) : String.format("%.2f", seconds / 60.0);
    }
}
