package dev.keel.activities.approvals;

import dev.keel.domain.approvals.ApprovalRecord;
import dev.keel.domain.approvals.GovernanceRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Telegram message texts (Markdown), as in Autopack's "Telegram formats". */
public final class ApprovalMessages {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter FOOTER =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private ApprovalMessages() {
    }

    public static String phaseApproval(ApprovalRecord a, Instant now) {
        JsonNode decision = parse(a.decisionInfo());
        JsonNode deletion = parse(a.deletionInfo());
        String level = decision.path("risk_level").asString(deletion.path("risk_level").asString("unknown"));
        StringBuilder text = new StringBuilder("⚠️ *Autopack Approval Needed*\n\n")
                .append("*Phase:* `").append(code(a.phaseId())).append("`\n")
                .append("*Run:* `").append(code(a.runId())).append("`\n")
                .append("*Risk:* ").append(riskEmoji(level)).append(' ').append(level.toUpperCase())
                .append(" (score: ").append(decision.path("risk_score").asInt(deletion.path("risk_score").asInt(0)))
                .append("/100)\n");
        if (!deletion.isMissingNode() && !deletion.isEmpty()) {
            int removed = deletion.path("loc_removed").asInt(0);
            int added = deletion.path("loc_added").asInt(0);
            int net = deletion.path("net_deletion").asInt(removed - added);
            text.append("*Net deletion:* ").append(net).append(" lines (").append(removed).append(" removed, ")
                    .append(added).append(" added)\n");
        }
        files(text, "Files", decision.has("files") ? decision.path("files") : decision.path("files_changed"));
        files(text, "Deletion files", deletion.path("files"));
        return text.append("\n_Sent ").append(FOOTER.format(now)).append(" UTC_").toString();
    }

    public static String governance(GovernanceRecord g, Instant now) {
        StringBuilder text = new StringBuilder("🔐 *Governance Approval Needed*\n\n")
                .append("*Request:* `").append(code(g.requestId())).append("`\n")
                .append("*Run:* `").append(code(g.runId())).append("`\n")
                .append("*Phase:* `").append(code(g.phaseId())).append("`\n")
                .append("*Risk:* ").append(riskEmoji(g.riskLevel())).append(' ').append(g.riskLevel().toUpperCase())
                .append("\n*Paths:*\n");
        JsonNode paths = parse(g.requestedPaths());
        for (int i = 0; i < Math.min(5, paths.size()); i++) {
            text.append("• `").append(code(paths.get(i).asString(""))).append("`\n");
        }
        if (g.justification() != null && !g.justification().isBlank()) {
            text.append("*Justification:* ").append(plain(g.justification())).append('\n');
        }
        return text.append("\n_Sent ").append(FOOTER.format(now)).append(" UTC_").toString();
    }

    /** Up to three names of a JSON array of files, then how many more. */
    private static void files(StringBuilder text, String title, JsonNode files) {
        if (!files.isArray() || files.isEmpty()) {
            return;
        }
        text.append('*').append(title).append(":*\n");
        for (int i = 0; i < Math.min(3, files.size()); i++) {
            text.append("• `").append(code(files.get(i).asString(""))).append("`\n");
        }
        if (files.size() > 3) {
            text.append("… and ").append(files.size() - 3).append(" more\n");
        }
    }

    /** The edited text once decided: the original request line plus the outcome. */
    public static String outcome(String title, String subject, String status, String decidedBy) {
        String emoji = switch (status) {
            case "approved" -> "✅";
            case "timeout" -> "⏱";
            case "cancelled" -> "🚫";
            default -> "❌";
        };
        return title + "\n\n" + subject + "\n\n" + emoji + " *" + status.toUpperCase() + "*"
                + (decidedBy == null ? "" : " by `" + code(decidedBy) + "`");
    }

    static String riskEmoji(String level) {
        return switch (level == null ? "" : level.toLowerCase()) {
            case "critical" -> "🚨";
            case "high" -> "🔴";
            case "medium" -> "⚠️";
            case "low" -> "✅";
            default -> "❔";
        };
    }

    public static String code(String value) {
        return value == null ? "" : value.replace("`", "'");
    }

    private static String plain(String value) {
        return value.replaceAll("[*_`\\[]", " ").strip();
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? JSON.missingNode() : JSON.readTree(json);
        } catch (RuntimeException e) {
            return JSON.missingNode();
        }
    }
}
