package dev.keel.domain.autopack.storage;

import java.util.List;

/** A pattern in the organization's decisions, strong enough to suggest a rule. */
public record ApprovalPattern(String patternType, String patternValue, String category, int approvals, int rejections,
                              double confidence, List<String> samplePaths, String description) {
}
