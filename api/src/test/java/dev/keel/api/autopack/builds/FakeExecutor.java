package dev.keel.api.autopack.builds;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The Autopack executor's side of the contract, over real HTTP with an organization's X-API-Key. */
final class FakeExecutor {
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    final HttpTestClient http;

    private FakeExecutor(HttpTestClient http) {
        this.http = http;
    }

    /** An executor of its own organization; the same alias always gets the same organization. */
    static FakeExecutor of(HttpTestClient anonymous, String alias) {
        String key = KEYS.computeIfAbsent(alias, a -> {
            TestUsers.TestUser admin = TestUsers.register(anonymous, "autopack-" + a);
            Response created = anonymous.bearer(admin.accessToken()).postJson("/api/auth/api-keys",
                    Map.of("name", "executor " + a));
            if (created.status() != 201) {
                throw new AssertionError("creating an API key failed: " + created.body());
            }
            return created.json().path("key").asString();
        });
        return new FakeExecutor(anonymous.apiKey(key));
    }

    /** A plan of {@code tiers} tiers with {@code perTier} phases each, phase ids {runId}-p{n}. */
    static Map<String, Object> plan(String runId, int tiers, int perTier, Map<String, Object> caps) {
        Map<String, Object> run = new LinkedHashMap<>(caps);
        run.put("run_id", runId);
        List<Map<String, Object>> tierList = new ArrayList<>();
        List<Map<String, Object>> phases = new ArrayList<>();
        int n = 0;
        for (int t = 0; t < tiers; t++) {
            tierList.add(Map.of("tier_id", "T" + t, "tier_index", t, "name", "Tier " + t));
            for (int p = 0; p < perTier; p++) {
                phases.add(Map.of("phase_id", runId + "-p" + n, "phase_index", p, "tier_id", "T" + t,
                        "name", "Phase " + n, "task_category", "feature", "complexity", "low",
                        "scope", Map.of("read_only_context", List.of("docs/a.md", Map.of("path", "b.py"), 7))));
                n++;
            }
        }
        return Map.of("run", run, "tiers", tierList, "phases", phases);
    }

    /** Each start from its own client address: the 10 per minute limit is per address. */
    Response start(Map<String, Object> plan) {
        return startFrom("10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250), plan);
    }

    Response startFrom(String address, Map<String, Object> plan) {
        return http.header("X-Forwarded-For", address).postJson("/runs/start", plan);
    }

    Response run(String runId) {
        return http.get("/runs/" + runId);
    }

    Response builder(String runId, String phaseId, long tokens, List<String> files) {
        return http.postJson(base(runId, phaseId) + "builder_result", Map.of("phase_id", phaseId, "run_id", runId,
                "patch_content", "diff --git a/x b/x\n", "files_changed", files, "lines_added", 3,
                "tokens_used", tokens, "builder_attempts", 1, "status", "success",
                "suggested_issues", List.of(Map.of("issue_key", "lint-" + phaseId, "severity", "minor",
                        "category", "style"))));
    }

    Response auditor(String runId, String phaseId, long tokens) {
        return http.postJson(base(runId, phaseId) + "auditor_result", Map.of("phase_id", phaseId, "run_id", runId,
                "review_notes", "fine", "recommendation", "approve", "tokens_used", tokens));
    }

    Response status(String runId, String phaseId, String state) {
        return http.postJson(base(runId, phaseId) + "update_status", Map.of("state", state));
    }

    Response issue(String runId, String phaseId, String key, String severity) {
        return http.postJson(base(runId, phaseId) + "record_issue?issue_key=" + key + "&severity=" + severity
                + "&source=test&category=bug", Map.of("evidence_refs", List.of("log.txt")));
    }

    private static String base(String runId, String phaseId) {
        return "/runs/" + runId + "/phases/" + phaseId + "/";
    }

    static void eventually(Supplier<Boolean> condition, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + max);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
