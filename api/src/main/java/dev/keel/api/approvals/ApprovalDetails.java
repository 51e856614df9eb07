package dev.keel.api.approvals;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The static details (Markdown) an operator reads on an approval in the Temporal UI: what it is about. */
final class ApprovalDetails {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_FILES = 20;

    private ApprovalDetails() {
    }

    static String markdown(ApprovalRequest r) {
        StringBuilder md = new StringBuilder("**Context:** ").append(r.context()).append("\n\n")
                .append("**Phase:** `").append(r.phaseId()).append("`  \n**Run:** `").append(r.runId()).append("`\n");
        files(md, "Changed files (decision_info.files)", r.decisionInfo());
        files(md, "Deleted files (deletion_info.files)", r.deletionInfo());
        return md.toString();
    }

    private static void files(StringBuilder md, String title, String json) {
        JsonNode files = json == null ? null : JSON.readTree(json).path("files");
        if (files == null || !files.isArray() || files.isEmpty()) {
            return;
        }
        md.append("\n**").append(title).append(":**\n");
        for (int i = 0; i < Math.min(MAX_FILES, files.size()); i++) {
            md.append("- `").append(files.get(i).asString("")).append("`\n");
        }
        if (files.size() > MAX_FILES) {
            md.append("- ... and ").append(files.size() - MAX_FILES).append(" more\n");
        }
    }
}
