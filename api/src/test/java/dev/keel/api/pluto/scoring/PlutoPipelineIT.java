package dev.keel.api.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.pluto.scoring.FakePlutoLlmServer;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The scoring pipeline end to end: upload, phases, scores as the seed defines them, results, export, isolation. */
class PlutoPipelineIT extends KeelApiTest {
    private FakePlutoLlmServer llm;
    @Autowired
    TestChatModelSettings settings;

    @BeforeEach
    void startFake() {
        llm = new FakePlutoLlmServer();
        settings.use(llm.baseUrl(), "test-key", "fake-model");
    }

    @AfterEach
    void stopFake() {
        settings.use(null, null, null);
        llm.close();
    }

    private HttpTestClient user(String prefix) {
        return http().bearer(TestUsers.register(http(), prefix).accessToken());
    }

    @Test
    void scoresEveryRowAndRanksByTheSeedFormula() {
        HttpTestClient http = user("pluto-score");
        String csv = PlutoCsv.HEADER
                + PlutoCsv.row("Ada Founder", "Founder and CEO", 5, "Co-founder selling to banks")
                + PlutoCsv.row("Bob Seller", "Account Executive", 2, "Enterprise AE")
                + PlutoCsv.row("Carl Malformed", "Account Executive", 1, "AE")
                + PlutoCsv.row("Dana Flaky", "Sales Director", 8, "Fortune 500 accounts")
                + PlutoCsv.row("Tina Throttled", "Account Executive", 4, "Mid-market AE")
                + "Eve Broken,AE,Austin,TX,3,Seller,\"{not json\",red\n"
                + ",,,,,,,green\n"
                + PlutoCsv.row("=HYPERLINK(\"\"http://evil\"\")", "AE", 1, "x");
        Response upload = PlutoCsv.upload(http, csv);
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        assertThat(upload.json().path("message").asString()).isEqualTo("Processing started");
        assertThat(upload.json().path("total_candidates").asInt()).isEqualTo(7);
        String runId = upload.json().path("run_id").asString();

        JsonNode status = PlutoCsv.awaitStatus(http, runId, Duration.ofSeconds(90), "complete", "failed");
        assertThat(status.path("status").asString()).isEqualTo("complete");
        assertThat(status.path("progress").asInt()).isEqualTo(100);
        assertThat(status.path("candidates_scored").asInt()).isEqualTo(7);
        assertThat(status.path("candidates_extracted").asInt()).isEqualTo(7);
        assertThat(status.path("skipped_rows").get(0).path("row").asInt()).isEqualTo(7);
        assertThat(status.path("row_problems").toString()).contains("broken_enrichment");
        assertThat(status.path("algo_ranked")).hasSize(7);

        JsonNode results = http.get("/api/pluto/results").json();
        List<JsonNode> candidates = new ArrayList<>();
        results.path("candidates").forEach(candidates::add);
        assertThat(candidates).hasSize(7);
        for (int i = 1; i < candidates.size(); i++) {
            assertThat(candidates.get(i - 1).path("final_score").asInt())
                    .isGreaterThanOrEqualTo(candidates.get(i).path("final_score").asInt());
        }
        for (JsonNode c : candidates) {
            int algo = c.path("algo_score").asInt();
            String name = c.path("name").asString();
            if (name.contains("Malformed")) {
                assertThat(c.path("ai_status").asString()).isEqualTo("failed");
                assertThat(c.path("ai_scoring_failed").asBoolean()).isTrue();
                assertThat(c.path("final_score").asInt()).isEqualTo(Math.floorDiv(algo + 50 + 1, 2));
                assertThat(llm.calls("score", name)).isEqualTo(3);
            } else {
                int ai = FakePlutoLlmServer.scoreFor(name);
                assertThat(c.path("ai_score").asInt()).as(name).isEqualTo(ai);
                assertThat(c.path("final_score").asInt()).as(name).isEqualTo(Math.floorDiv(algo + ai + 1, 2));
                assertThat(c.path("interview_questions")).hasSize(3);
                assertThat(c.path("one_line_summary").asString()).contains(name);
            }
            int f = c.path("final_score").asInt();
            String tier = f >= 80 ? "Top Tier" : f >= 65 ? "Strong" : f >= 50 ? "Good" : f >= 35 ? "Evaluate" : "Poor";
            assertThat(c.path("tier").asString()).isEqualTo(tier);
        }
        JsonNode ada = candidates.stream().filter(c -> c.path("name").asString().equals("Ada Founder")).findFirst()
                .orElseThrow();
        // 5 years -> 30, founder +20 (keywords and LLM agree), banks -> finance +25, no sales title -> -5
        assertThat(ada.path("algo_score").asInt()).isEqualTo(70);
        assertThat(llm.calls("score", "Dana Flaky")).isEqualTo(2);
        // a 429 is retried after its Retry-After and does not count against the row's 3 attempts
        assertThat(llm.calls("score", "Tina Throttled")).isEqualTo(2);

        JsonNode detail = http.get("/api/pluto/candidates/" + ada.path("id").asString()).json();
        assertThat(detail.path("raw_data").path("favourite_colour").asString()).isEqualTo("blue");
        assertThat(detail.path("algo_breakdown").path("founder_or_startup").asInt()).isEqualTo(20);

        Response csvExport = http.get("/api/pluto/results/csv");
        assertThat(csvExport.status()).isEqualTo(200);
        assertThat(csvExport.header("Content-Type")).startsWith("text/csv");
        assertThat(csvExport.body()).startsWith("rank,name,job_title").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void skipAiScoringWaitsForConfirmationThenScores() {
        HttpTestClient http = user("pluto-confirm");
        Response upload = PlutoCsv.upload(http, "team.csv", PlutoCsv.rows(12, "Skip").getBytes(StandardCharsets.UTF_8),
                Map.of("skip_ai_scoring", "true", "job_description", "Enterprise AE for fintech"));
        assertThat(upload.status()).as(upload.body()).isEqualTo(200);
        String runId = upload.json().path("run_id").asString();
        JsonNode waiting = PlutoCsv.awaitStatus(http, runId, Duration.ofSeconds(60), "waiting_confirmation");
        assertThat(waiting.path("progress").asInt()).isEqualTo(40);
        assertThat(waiting.path("algo_ranked")).hasSize(12);
        assertThat(llm.totalCalls()).isZero();
        assertThat(PlutoCsv.upload(http, PlutoCsv.rows(2, "Other")).status()).isEqualTo(409);

        assertThat(http.postJson("/api/pluto/confirm", "{}").status()).isEqualTo(200);
        JsonNode done = PlutoCsv.awaitStatus(http, runId, Duration.ofSeconds(60), "complete");
        assertThat(done.path("candidates_scored").asInt()).isEqualTo(12);
        assertThat(llm.calls("score", "Skip 3")).isEqualTo(1);
        assertThat(http.postJson("/api/pluto/confirm", "{}").status()).isEqualTo(409);
    }

    @Test
    void refusedCredentialsCompleteTheRunWithFailedAiScores() {
        HttpTestClient http = user("pluto-401");
        llm.failEverythingWith(401);
        String runId = PlutoCsv.upload(http, PlutoCsv.rows(5, "Auth")).json().path("run_id").asString();
        JsonNode done = PlutoCsv.awaitStatus(http, runId, Duration.ofSeconds(60), "complete", "failed");
        assertThat(done.path("status").asString()).isEqualTo("complete");
        assertThat(done.path("candidates_ai_failed").asInt()).isEqualTo(5);
        assertThat(done.path("message").asString()).contains("KEEL_LLM_API_KEY");
        assertThat(llm.totalCalls()).isLessThanOrEqualTo(10);
    }

    @Test
    void anotherOrganizationSeesNothing() {
        HttpTestClient owner = user("pluto-owner");
        String runId = PlutoCsv.upload(owner, PlutoCsv.rows(3, "Mine")).json().path("run_id").asString();
        PlutoCsv.awaitStatus(owner, runId, Duration.ofSeconds(60), "complete");
        String candidateId = owner.get("/api/pluto/results").json().path("candidates").get(0).path("id").asString();

        HttpTestClient other = user("pluto-other");
        assertThat(other.get("/api/pluto/status").status()).isEqualTo(404);
        assertThat(other.get("/api/pluto/status?run_id=" + runId).status()).isEqualTo(404);
        assertThat(other.get("/api/pluto/results?run_id=" + runId).status()).isEqualTo(404);
        assertThat(other.get("/api/pluto/results/csv?run_id=" + runId).status()).isEqualTo(404);
        assertThat(other.get("/api/pluto/candidates/" + candidateId).status()).isEqualTo(404);
        assertThat(other.postJson("/api/pluto/cancel?run_id=" + runId, "{}").status()).isEqualTo(404);
        assertThat(http().get("/api/pluto/status").status()).isEqualTo(401);
        assertThat(owner.get("/api/pluto/candidates/not-a-uuid").status()).isEqualTo(404);
    }

    @Test
    void refusesBadUploadsWithoutStoringAnything() {
        HttpTestClient http = user("pluto-bad");
        assertBad(PlutoCsv.upload(http, "a.csv", null, Map.of()), 422, "file");
        assertBad(PlutoCsv.upload(http, "a.csv", new byte[0], Map.of()), 422, "empty");
        assertBad(PlutoCsv.upload(http, "a.pdf", "%PDF-1.4".getBytes(), Map.of()), 415, "not a CSV");
        assertBad(PlutoCsv.upload(http, "a.csv", new byte[] {'n', 'a', 0, 1, 2}, Map.of()), 415, "binary");
        assertBad(PlutoCsv.upload(http, "a.csv", new byte[] {'n', 'a', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28},
                Map.of()), 422, "UTF-8");
        assertBad(PlutoCsv.upload(http, "title,city\nAE,Austin\n"), 422, "name");
        assertBad(PlutoCsv.upload(http, "name,title\n\"unterminated,AE\n"), 422, "CSV");
        assertBad(PlutoCsv.upload(http, PlutoCsv.HEADER), 422, "no candidate rows");
        assertBad(PlutoCsv.upload(http, PlutoCsv.rows(10_001, "Many")), 422, "10000 rows");
        byte[] huge = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        System.arraycopy("name\n".getBytes(), 0, huge, 0, 5);
        assertBad(PlutoCsv.upload(http, "big.csv", huge, Map.of()), 413, "larger");
        assertBad(PlutoCsv.upload(http, "a.csv", PlutoCsv.rows(1, "x").getBytes(), Map.of("skip_ai_scoring", "maybe")),
                422, "skip_ai_scoring");
        assertThat(http.get("/api/pluto/status").status()).isEqualTo(404);

        settings.use(null, null, null);
        assertBad(PlutoCsv.upload(http, PlutoCsv.rows(1, "NoLlm")), 503, "KEEL_LLM_BASE_URL");
    }

    private static void assertBad(Response r, int status, String detailPart) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().path("detail").asString()).containsIgnoringCase(detailPart);
    }
}
