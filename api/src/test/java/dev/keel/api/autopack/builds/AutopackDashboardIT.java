package dev.keel.api.autopack.builds;

import static dev.keel.api.autopack.builds.FakeExecutor.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Error reports, token usage and model mappings of build runs, driven by the fake executor over HTTP against the
 * real app, Temporal dev server and PostgreSQL; every read is checked from a second organization.
 */
class AutopackDashboardIT extends KeelApiTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private FakeExecutor org(String alias) {
        return FakeExecutor.of(http(), alias);
    }

    @Test
    void failuresTheExecutorReportsBecomeTheRunsErrorReports() {
        FakeExecutor a = org("dash-a");
        FakeExecutor b = org("dash-b");
        assertThat(a.start(FakeExecutor.plan("err-1", 1, 3, Map.of())).status()).isEqualTo(201);
        Map<String, Object> failed = Map.of("phase_id", "err-1-p0", "run_id", "err-1", "status", "failed",
                "tokens_used", 50, "notes", "pytest failed: 3 tests",
                "probe_results", List.of(Map.of("probe_type", "pytest", "exit_code", 1)));
        String builderPath = "/runs/err-1/phases/err-1-p0/builder_result";
        assertThat(a.http.postJson(builderPath, failed).status()).isEqualTo(200);
        assertThat(a.http.postJson(builderPath, failed).status()).as("a repeated delivery").isEqualTo(200);
        Response p1 = a.http.postJson("/runs/err-1/phases/err-1-p1/update_status",
                Map.of("state", "FAILED", "failure_reason", "lint broke the build"));
        assertThat(p1.status()).as(p1.body()).isEqualTo(200);
        assertThat(a.issue("err-1", "err-1-p2", "crash", "error").status()).isEqualTo(200);
        assertThat(a.issue("err-1", "err-1-p2", "style", "minor").status()).isEqualTo(200);
        assertThat(a.status("err-1", "err-1-p0", "FAILED").status()).isEqualTo(200);
        assertThat(a.status("err-1", "err-1-p2", "COMPLETE").json().path("run_state").asString())
                .isEqualTo("DONE_FAILED_REQUIRES_HUMAN_REVIEW");

        eventually(() -> a.http.get("/runs/err-1/errors").json().path("error_count").asInt() == 5,
                Duration.ofSeconds(10));
        JsonNode errors = a.http.get("/runs/err-1/errors").json();
        assertThat(errors.path("run_id").asString()).isEqualTo("err-1");
        JsonNode builder = errors.path("errors").get(0);
        assertThat(builder.path("error_type").asString()).isEqualTo("BuilderFailed");
        assertThat(builder.path("error_message").asString()).isEqualTo("pytest failed: 3 tests");
        assertThat(builder.path("phase_id").asString()).isEqualTo("err-1-p0");
        assertThat(builder.path("component").asString()).isEqualTo("builder");
        assertThat(builder.path("context_data").path("failed_probes").get(0).path("probe_type").asString())
                .isEqualTo("pytest");
        assertThat(builder.path("stack_frames").isArray()).isTrue();
        assertThat(errors.path("errors").get(1).path("error_message").asString()).isEqualTo("lint broke the build");
        assertThat(errors.path("errors").get(2).path("error_type").asString()).isEqualTo("IssueRecorded");
        assertThat(errors.path("errors").get(3).path("error_message").asString())
                .isEqualTo("Phase err-1-p0 marked FAILED by the executor");
        assertThat(errors.path("errors").get(4).path("error_type").asString())
                .isEqualTo("DONE_FAILED_REQUIRES_HUMAN_REVIEW");

        String summary = a.http.get("/runs/err-1/errors/summary").json().path("summary").asString();
        assertThat(summary).startsWith("ERROR SUMMARY FOR RUN: err-1\nTotal Errors: 5\n" + "=".repeat(80) + "\n\n1. [");
        assertThat(summary).contains("   Component: builder\n   Operation: builder_result\n"
                + "   Message: pytest failed: 3 tests\n");

        assertThat(a.start(FakeExecutor.plan("err-clean", 1, 1, Map.of())).status()).isEqualTo(201);
        assertThat(a.http.get("/runs/err-clean/errors").json().path("error_count").asInt()).isZero();
        assertThat(a.http.get("/runs/err-clean/errors/summary").json().path("summary").asString())
                .isEqualTo("No errors reported for run err-clean");

        assertThat(b.http.get("/runs/err-1/errors").status()).isEqualTo(404);
        assertThat(b.http.get("/runs/err-1/errors/summary").status()).isEqualTo(404);
        assertThat(a.http.get("/runs/nope/errors").detail()).isEqualTo("Run nope not found");
        assertThat(http().get("/runs/err-1/errors").status()).isEqualTo(401);
    }

    @Test
    void usageCountsEachPhaseResultOnceUnderTheMappedModel() {
        FakeExecutor a = org("dash-usage-a");
        FakeExecutor b = org("dash-usage-b");
        Response override = a.http.postJson("/dashboard/models/override", Map.of("role", "builder",
                "category", "general", "complexity", "low", "model", "gpt-4o", "scope", "global"));
        assertThat(override.status()).as(override.body()).isEqualTo(200);
        assertThat(override.json().path("message").asString()).isEqualTo("Global model mapping updated");
        assertThat(a.start(FakeExecutor.plan("use-1", 1, 2, Map.of())).status()).isEqualTo(201);
        assertThat(a.builder("use-1", "use-1-p0", 1000, List.of("docs/a.md")).status()).isEqualTo(200);
        assertThat(a.builder("use-1", "use-1-p0", 1000, List.of("docs/a.md")).status()).isEqualTo(200);
        assertThat(a.builder("use-1", "use-1-p0", 1200, List.of("docs/a.md")).status()).isEqualTo(200);
        assertThat(a.auditor("use-1", "use-1-p0", 300).status()).isEqualTo(200);
        assertThat(a.builder("use-1", "use-1-p1", 500, List.of("docs/b.md")).status()).isEqualTo(200);

        JsonNode usage = a.http.get("/dashboard/usage?period=day").json();
        assertThat(usage.path("providers").toString()).isEqualTo("[{\"provider\":\"openai\",\"period\":\"day\","
                + "\"prompt_tokens\":0,\"completion_tokens\":0,\"total_tokens\":1700,\"cap_tokens\":5000000,"
                + "\"percent_of_cap\":0.03},{\"provider\":\"anthropic\",\"period\":\"day\",\"prompt_tokens\":0,"
                + "\"completion_tokens\":0,\"total_tokens\":300,\"cap_tokens\":5000000,\"percent_of_cap\":0.01}]");
        assertThat(usage.path("models").toString()).isEqualTo("[{\"provider\":\"openai\",\"model\":\"gpt-4o\","
                + "\"prompt_tokens\":0,\"completion_tokens\":0,\"total_tokens\":1700},{\"provider\":\"anthropic\","
                + "\"model\":\"claude-sonnet-4-5\",\"prompt_tokens\":0,\"completion_tokens\":0,\"total_tokens\":300}]");
        assertThat(a.http.get("/dashboard/usage").json().path("providers").get(0).path("period").asString())
                .isEqualTo("week");

        Response bad = a.http.get("/dashboard/usage?period=year");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.detail()).isEqualTo("Invalid period: year (expected day, week or month)");
        assertThat(b.http.get("/dashboard/usage?period=month").body())
                .isEqualTo("{\"providers\":[],\"models\":[]}");
        assertThat(http().get("/dashboard/usage").status()).isEqualTo(401);
    }

    @Test
    void modelMappingsAreTheDefaultsWithTheOrganizationsOverrides() {
        FakeExecutor a = org("dash-models-a");
        FakeExecutor b = org("dash-models-b");
        JsonNode defaults = b.http.get("/dashboard/models").json();
        assertThat(defaults).hasSize(30);
        assertThat(defaults.get(0).toString()).isEqualTo("{\"role\":\"builder\",\"category\":"
                + "\"external_feature_reuse\",\"complexity\":\"low\",\"model\":\"claude-sonnet-4-5\","
                + "\"scope\":\"global\",\"run_id\":null}");
        assertThat(mapping(defaults, "auditor", "security_auth_change", "high")).isEqualTo("claude-opus-4-5");
        assertThat(mapping(defaults, "auditor", "tests", "high")).isEqualTo("claude-sonnet-4-5");

        assertThat(a.start(FakeExecutor.plan("models-1", 1, 1, Map.of())).status()).isEqualTo(201);
        assertThat(a.http.postJson("/dashboard/models/override", Map.of("role", "auditor", "category", "tests",
                "complexity", "high", "model", "claude-opus-4-5", "scope", "global")).status()).isEqualTo(200);
        Response run = a.http.postJson("/dashboard/models/override", Map.of("role", "builder", "category", "general",
                "complexity", "low", "model", "gemini-2.5-flash", "scope", "run", "run_id", "models-1"));
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().path("message").asString()).isEqualTo("Run-scoped model mapping updated");
        JsonNode mine = a.http.get("/dashboard/models").json();
        assertThat(mine).hasSize(31);
        assertThat(mapping(mine, "auditor", "tests", "high")).isEqualTo("claude-opus-4-5");
        assertThat(mine.get(30).path("scope").asString()).isEqualTo("run");
        assertThat(mine.get(30).path("run_id").asString()).isEqualTo("models-1");
        assertThat(b.http.get("/dashboard/models").json().toString()).isEqualTo(defaults.toString());

        assertThat(a.builder("models-1", "models-1-p0", 400, List.of("docs/a.md")).status()).isEqualTo(200);
        assertThat(a.http.get("/dashboard/usage?period=day").json().path("models").get(0).path("model").asString())
                .isEqualTo("gemini-2.5-flash");

        Response foreign = b.http.postJson("/dashboard/models/override", Map.of("role", "builder", "category",
                "general", "complexity", "low", "model", "x", "scope", "run", "run_id", "models-1"));
        assertThat(foreign.status()).isEqualTo(404);
        Response noRun = a.http.postJson("/dashboard/models/override", Map.of("role", "builder", "category",
                "general", "complexity", "low", "model", "x", "scope", "run"));
        assertThat(noRun.status()).isEqualTo(422);
        assertThat(noRun.detail()).isEqualTo("run_id is required for scope run");
        assertThat(a.http.postJson("/dashboard/models/override", Map.of("role", "doctor", "category", "general",
                "complexity", "low", "model", "x", "scope", "global")).status()).isEqualTo(422);
        assertThat(a.http.postJson("/dashboard/models/override", Map.of("role", "builder", "category", "general",
                "complexity", "low", "model", 7, "scope", "global")).status()).isEqualTo(422);
        assertThat(a.http.postJson("/dashboard/models/override", "[]").status()).isIn(400, 422);
    }

    @Test
    void abResultsCompareEachRunWithThePreviousRunOfItsPlan() {
        FakeExecutor a = org("dash-ab-a");
        FakeExecutor b = org("dash-ab-b");
        assertThat(a.http.get("/dashboard/ab-results").body())
                .isEqualTo("{\"count\":0,\"filters\":{\"test_id\":null,\"valid_only\":true},\"results\":[]}");
        assertThat(a.start(samePlan("ab-1")).status()).isEqualTo(201);
        assertThat(a.builder("ab-1", "ab-p0", 1000, List.of("docs/a.md")).status()).isEqualTo(200);
        assertThat(a.status("ab-1", "ab-p0", "COMPLETE").status()).isEqualTo(200);
        assertThat(a.status("ab-1", "ab-p1", "FAILED").status()).isEqualTo(200);
        assertThat(a.start(samePlan("ab-2")).status()).isEqualTo(201);
        assertThat(a.builder("ab-2", "ab-p0", 400, List.of("docs/a.md")).status()).isEqualTo(200);
        assertThat(a.status("ab-2", "ab-p0", "COMPLETE").status()).isEqualTo(200);
        assertThat(a.status("ab-2", "ab-p1", "COMPLETE").json().path("run_state").asString())
                .isEqualTo("DONE_SUCCESS");
        assertThat(a.start(samePlan("ab-3")).status()).isEqualTo(201);

        JsonNode valid = a.http.get("/dashboard/ab-results").json();
        assertThat(valid.path("count").asInt()).isEqualTo(1);
        JsonNode first = valid.path("results").get(0);
        assertThat(first.path("control_run_id").asString()).isEqualTo("ab-1");
        assertThat(first.path("treatment_run_id").asString()).isEqualTo("ab-2");
        assertThat(first.path("is_valid").asBoolean()).isTrue();
        assertThat(first.path("token_delta").asLong()).isEqualTo(-600);
        assertThat(first.path("success_rate_delta").asDouble()).isEqualTo(0.5);
        assertThat(first.path("control_phases_failed").asInt()).isEqualTo(1);
        assertThat(first.path("treatment_phases_complete").asInt()).isEqualTo(2);
        assertThat(first.path("time_delta_seconds").isNumber()).isTrue();
        String testId = first.path("test_id").asString();
        assertThat(testId).startsWith("plan-");

        JsonNode all = a.http.get("/dashboard/ab-results?valid_only=false").json();
        assertThat(all.path("count").asInt()).isEqualTo(2);
        assertThat(all.path("results").get(0).path("treatment_run_id").asString()).isEqualTo("ab-3");
        assertThat(all.path("results").get(0).path("validity_errors").toString())
                .isEqualTo("[\"treatment run ab-3 has not finished (RUN_CREATED)\"]");
        assertThat(all.path("results").get(0).path("time_delta_seconds").isNull()).isTrue();
        assertThat(a.http.get("/dashboard/ab-results?valid_only=false&limit=1").json().path("count").asInt())
                .isEqualTo(1);
        assertThat(a.http.get("/dashboard/ab-results?test_id=" + testId).json().path("count").asInt()).isEqualTo(1);
        assertThat(a.http.get("/dashboard/ab-results?test_id=plan-nope").json().path("count").asInt()).isZero();
        Response tooMany = a.http.get("/dashboard/ab-results?limit=1001");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.detail()).isEqualTo("Limit cannot exceed 1000");
        assertThat(a.http.get("/dashboard/ab-results?limit=abc").status()).as("platform type check").isEqualTo(422);
        assertThat(b.http.get("/dashboard/ab-results?valid_only=false").json().path("count").asInt()).isZero();
        assertThat(http().get("/dashboard/ab-results").status()).isEqualTo(401);
    }

    @Test
    void recordIssueTakesTheEvidenceAsAnObjectOrABareArray() {
        FakeExecutor a = org("dash-issue-a");
        assertThat(a.start(FakeExecutor.plan("iss-1", 1, 1, Map.of())).status()).isEqualTo(201);
        String path = "/runs/iss-1/phases/iss-1-p0/record_issue?severity=minor&source=test&category=bug&issue_key=";
        Response bare = a.http.postJson(path + "bare", "[\"logs/a.txt\", \"logs/b.txt\"]");
        assertThat(bare.status()).as(bare.body()).isEqualTo(200);
        assertThat(a.http.postJson(path + "object", Map.of("evidence_refs", List.of("logs/c.txt"))).status())
                .isEqualTo(200);
        assertThat(a.http.postJson(path + "none", "").status()).isEqualTo(200);
        assertThat(evidence("bare")).isEqualTo("[\"logs/a.txt\", \"logs/b.txt\"]");
        assertThat(evidence("object")).isEqualTo("[\"logs/c.txt\"]");
        assertThat(a.http.postJson(path + "bad", "[{\"x\": 1}]").status()).isIn(400, 422);
        assertThat(a.http.postJson(path + "bad", "\"logs\"").status()).isIn(400, 422);
        assertThat(evidence("bad")).isNull();
    }

    private String evidence(String issueKey) {
        return jdbc.sql("SELECT i.evidence_refs::text FROM autopack_issues i JOIN autopack_runs r ON r.id = i.run_pk"
                + " WHERE r.run_id = 'iss-1' AND i.issue_key = ?").param(issueKey).query(String.class)
                .optional().orElse(null);
    }

    /** Runs whose phases carry the same ids are runs of one plan. */
    private static Map<String, Object> samePlan(String runId) {
        Map<String, Object> plan = new java.util.HashMap<>(FakeExecutor.plan("ab", 1, 2, Map.of()));
        plan.put("run", Map.of("run_id", runId));
        return plan;
    }

    private static String mapping(JsonNode rows, String role, String category, String complexity) {
        for (JsonNode row : rows) {
            if (row.path("role").asString().equals(role) && row.path("category").asString().equals(category)
                    && row.path("complexity").asString().equals(complexity)) {
                return row.path("model").asString();
            }
        }
        throw new AssertionError("no mapping " + role + "/" + category + "/" + complexity);
    }
}
