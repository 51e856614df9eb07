package dev.keel.api.autopack.storage;

import dev.keel.api.approvals.Approvers;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.storage.ApprovalPattern;
import dev.keel.domain.autopack.storage.LearnedRule;
import dev.keel.domain.autopack.storage.LearnedRules;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Patterns in the organization's decisions, the rules learned from them, and their approval. */
@RestController
@Tag(name = "autopack")
public class LearnedRulesController {
    private final StorageDecisions decisions;
    private final LearnedRules rules;
    private final Approvers approvers;

    public LearnedRulesController(StorageDecisions decisions, LearnedRules rules, Approvers approvers) {
        this.decisions = decisions;
        this.rules = rules;
        this.approvers = approvers;
    }

    record PatternResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
            allowableValues = {"path_pattern", "file_type", "age_threshold", "size_threshold"}) String patternType,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String patternValue,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String category,
                           int approvals, int rejections, double confidence,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> samplePaths,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String description) {
        static PatternResponse of(ApprovalPattern p) {
            return new PatternResponse(p.patternType(), p.patternValue(), p.category(), p.approvals(),
                    p.rejections(), p.confidence(), p.samplePaths(), p.description());
        }
    }

    record LearnedRuleResponse(long id, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant createdAt,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String patternType,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String patternValue,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String suggestedCategory,
                               double confidenceScore, int basedOnApprovals, int basedOnRejections,
                               @Schema(description = "A JSON array of paths, as a string") String samplePaths,
                               @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                       allowableValues = {"pending", "approved"}) String status,
                               String reviewedBy, Instant reviewedAt, String description, String notes) {
        static LearnedRuleResponse of(LearnedRule r) {
            return new LearnedRuleResponse(r.id(), r.createdAt(), r.patternType(), r.patternValue(),
                    r.suggestedCategory(), r.confidenceScore(), r.basedOnApprovals(), r.basedOnRejections(),
                    r.samplePaths(), r.status(), r.reviewedBy(), r.reviewedAt(), r.description(), r.notes());
        }
    }

    /** Analyses the decisions (at least 5 samples, confidence >= 0.75); persists nothing. */
    @PostMapping("/storage/patterns/analyze")
    public List<PatternResponse> analyze(Caller caller,
            @RequestParam(required = false) String category,
            @Parameter(schema = @Schema(minimum = "1", maximum = "100", defaultValue = "10"))
            @RequestParam(name = "max_patterns", defaultValue = "10") int maxPatterns) {
        if (maxPatterns < 1 || maxPatterns > 100) {
            throw ApiException.unprocessable("max_patterns must be between 1 and 100");
        }
        return decisions.patterns(caller.orgId(), category, maxPatterns).stream().map(PatternResponse::of).toList();
    }

    @GetMapping("/storage/learned-rules")
    public List<LearnedRuleResponse> list(Caller caller,
            @Parameter(schema = @Schema(allowableValues = {"pending", "approved"}))
            @RequestParam(required = false) String status) {
        if (status != null && !status.equals("pending") && !status.equals("approved")) {
            throw ApiException.unprocessable("status must be 'pending' or 'approved'");
        }
        return rules.list(caller.orgId(), status, 500).stream().map(LearnedRuleResponse::of).toList();
    }

    /** Approves a rule; the reviewer recorded is the caller (approved_by is kept as a note). Unknown id: 404. */
    @PostMapping("/storage/learned-rules/{rule_id}/approve")
    @ApiError(status = 403, description = "Only an API key or an org_admin user can approve rules")
    public LearnedRuleResponse approve(Caller caller, @PathVariable("rule_id") long ruleId,
            @Parameter(description = "Who approves, as the original requires; recorded as a note")
            @RequestParam(name = "approved_by", required = false) String approvedBy) {
        StorageAccess.requireOperator(caller);
        if (approvedBy != null && approvedBy.length() > 200) {
            throw ApiException.unprocessable("approved_by: at most 200 characters");
        }
        String note = approvedBy == null || approvedBy.isBlank() ? null : "approved_by: " + approvedBy.strip();
        return rules.approve(caller.orgId(), ruleId, approvers.of(caller), note).map(LearnedRuleResponse::of)
                .orElseThrow(() -> ApiException.notFound("Learned rule " + ruleId + " not found"));
    }
}
