package dev.keel.domain.approvals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Risk and auto-approval of protected-path changes (Autopack BUILD-127). Risk per path: critical for
 * models / governed_apply / executor / alembic, high for other {@code src/autopack/*.py}, low for
 * {@code tests/*.py} and {@code docs/*.md}, medium otherwise. A request is auto-approved only when every path
 * matches {@code tests/test_*.py} or {@code docs/*.md}, is not on the never-list, has risk below high, and the
 * change is at most 100 lines (an unknown line count is never auto-approved). Globs follow Python fnmatch,
 * where {@code *} also matches {@code /}.
 */
public final class GovernancePolicy {
    public static final int MAX_AUTO_APPROVE_LINES = 100;
    /** Paths that always need a human, whatever their pattern. */
    static final List<String> NEVER_AUTO_APPROVE = List.of(
            "src/autopack/models", "governed_apply", "autonomous_executor", "alembic", ".git/", ".github/",
            ".env", "secrets", "config/");

    private GovernancePolicy() {
    }

    public static GovernanceAssessment assess(List<String> paths, Integer linesChanged) {
        Map<String, RiskLevel> risks = new LinkedHashMap<>();
        RiskLevel overall = RiskLevel.LOW;
        boolean auto = !paths.isEmpty() && linesChanged != null && linesChanged >= 0
                && linesChanged <= MAX_AUTO_APPROVE_LINES;
        for (String raw : paths) {
            String path = normalize(raw);
            RiskLevel risk = risk(path);
            risks.put(raw, risk);
            if (risk.compareTo(overall) > 0) {
                overall = risk;
            }
            auto &= autoApprovable(path) && risk.compareTo(RiskLevel.HIGH) < 0;
        }
        return new GovernanceAssessment(overall, auto, risks);
    }

    public static RiskLevel risk(String rawPath) {
        String path = normalize(rawPath);
        if (unsafe(path)) {
            return RiskLevel.CRITICAL;
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("alembic/") || path.contains("/alembic/") || path.contains("governed_apply")
                || (path.startsWith("src/autopack/") && (name.equals("models.py") || path.contains("/models/")
                || name.contains("executor")))) {
            return RiskLevel.CRITICAL;
        }
        if (path.startsWith("src/autopack/") && path.endsWith(".py")) {
            return RiskLevel.HIGH;
        }
        if ((path.startsWith("tests/") && path.endsWith(".py")) || (path.startsWith("docs/") && path.endsWith(".md"))) {
            return RiskLevel.LOW;
        }
        return RiskLevel.MEDIUM;
    }

    private static boolean autoApprovable(String path) {
        if (unsafe(path) || NEVER_AUTO_APPROVE.stream().anyMatch(path::contains)) {
            return false;
        }
        return (path.startsWith("tests/test_") && path.endsWith(".py"))
                || (path.startsWith("docs/") && path.endsWith(".md"));
    }

    /** Absolute paths and parent references escape the repository: never low risk, never auto-approved. */
    private static boolean unsafe(String path) {
        return path.isEmpty() || path.startsWith("/") || path.equals("..") || path.startsWith("../")
                || path.contains("/../") || path.endsWith("/..") || path.matches("^[A-Za-z]:.*");
    }

    private static String normalize(String path) {
        String p = path == null ? "" : path.trim().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }
}
