package dev.keel.domain.approvals;

import java.util.Map;

/** The policy's verdict on a governance request: overall risk (the maximum over paths) and auto-approval. */
public record GovernanceAssessment(RiskLevel riskLevel, boolean autoApproved, Map<String, RiskLevel> pathRisks) {
}
