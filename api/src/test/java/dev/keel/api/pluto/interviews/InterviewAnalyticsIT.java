package dev.keel.api.pluto.interviews;

import dev.keel.api.pluto.briefs.PlutoBriefsIT;
import dev.keel.api.pluto.PlutoIntelFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.recruiting.FakeOpenAiServer;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.pluto.interviews.CandidateAnalytics;
import dev.keel.domain.pluto.interviews.CandidateAnalyticsRepository;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.temporal.WorkflowIds;
import io.temporal.client.WorkflowClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/analytics/{room} and saving analytics to a candidate. */
class InterviewAnalyticsIT extends KeelApiTest {
    private static final FakeOpenAiServer LLM = new FakeOpenAiServer();

    @Autowired
    TestChatModelSettings settings;
    @Autowired
    PlutoRunRepository runs;
    @Autowired
    PlutoCandidateRepository candidates;
    @Autowired
    CandidateAnalyticsRepository candidateAnalytics;
    @Autowired
    WorkflowClient temporal;
    @Autowired
    JdbcClient jdbc;
    TestUser user;
    HttpTestClient http;

    @BeforeEach
    void setUp() {
        settings.use(LLM.baseUrl(), "test-key", "gpt-4o-mini");
        user = TestUsers.register(http(), "pluto-analytics");
        http = http().bearer(user.accessToken());
    }

    @AfterEach
    void reset() {
        settings.use(null, null, null);
    }

    @AfterAll
    static void stop() {
        LLM.close();
    }

    @Test
    void analysesTheStoredTranscriptKeepingOnlyVerbatimQuotes() {
        LLM.answer(PlutoIntelFixtures.ANALYTICS);
        long before = transcriptCalls();
        Response response = analyze("interview-abc123", Map.of("transcript", PlutoIntelFixtures.TRANSCRIPT,
                "job_description", "Enterprise AE"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode a = response.json();
        assertThat(PlutoBriefsIT.fieldNames(a)).containsExactly("overall_score", "recommendation", "summary",
                "communication_score", "role_fit_score", "question_scores", "strengths", "risks",
                "unverified_quotes_dropped", "generated_at");
        assertThat(a.path("overall_score").asInt()).isEqualTo(82);
        assertThat(a.path("recommendation").asString()).isEqualTo("hire");
        assertThat(a.path("role_fit_score").asInt()).isEqualTo(10);
        JsonNode first = a.path("question_scores").get(0);
        assertThat(first.path("score").asInt()).isEqualTo(10);
        assertThat(first.path("quote").asString()).isEqualTo("I closed a $250k ACV deal with a regional bank in 2023.");
        assertThat(a.path("question_scores").get(1).path("quote").isNull()).isTrue();
        assertThat(a.path("strengths").get(0).path("quote").asString()).isEqualTo("I brought in our CFO to talk ROI");
        assertThat(a.path("risks").get(0).path("point").asString()).isEqualTo("Unverified claims");
        assertThat(a.path("risks").get(0).path("quote").isNull()).isTrue();
        assertThat(a.path("unverified_quotes_dropped").asInt()).isEqualTo(2);
        assertThat(transcriptCalls() - before).isEqualTo(1);
        assertThat(LLM.requests().get(LLM.requests().size() - 1)).contains("regional bank").contains("Enterprise AE");
        assertThat(jdbc.sql("SELECT count(*) FROM pluto_transcripts WHERE org_id = ? AND room_name = ?")
                .params(user.orgId(), "interview-abc123").query(Long.class).single()).isEqualTo(1);
        String status = temporal.newUntypedWorkflowStub(WorkflowIds.plutoAnalytics(user.orgId(), "interview-abc123"))
                .query("getStatus", String.class);
        assertThat(status).isEqualTo("completed");
    }

    /** Calls about the fixture transcript: the fake is shared, other tests' workflows may still be calling it. */
    static long transcriptCalls() {
        return LLM.requests().stream().filter(r -> r.contains("regional bank")).count();
    }

    @Test
    void malformedLlmJsonIsRetriedThen502() {
        LLM.answer("Overall I'd say hire {not json");
        // the fake is shared: count only this test's requests (a workflow of an earlier test may still retry)
        String marker = "Interviewer: one more thing, marker " + java.util.UUID.randomUUID();
        Response response = analyze("room-malformed", Map.of("transcript", PlutoIntelFixtures.TRANSCRIPT + "\n" + marker));
        assertThat(response.status()).as(response.body()).isEqualTo(502);
        assertThat(response.detail()).contains("Interview analytics failed").contains("JSON");
        assertThat(LLM.requests().stream().filter(r -> r.contains(marker)).count()).isEqualTo(3);
        LLM.answer("{\"summary\": \"no score\"}");
        assertThat(analyze("room-malformed", Map.of("transcript", "Interviewer: hi")).status()).isEqualTo(502);
    }

    @Test
    void unconfiguredLlmIs503AndAuthFailureIs502() {
        settings.use(null, null, null);
        Response response = analyze("room-x", Map.of("transcript", PlutoIntelFixtures.TRANSCRIPT));
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.detail()).contains("KEEL_LLM_BASE_URL");
        settings.use(LLM.baseUrl(), "bad-key", "gpt-4o-mini");
        LLM.fail(401);
        long before = transcriptCalls();
        Response auth = analyze("room-x", Map.of("transcript", PlutoIntelFixtures.TRANSCRIPT));
        assertThat(auth.status()).as(auth.body()).isEqualTo(502);
        assertThat(auth.detail()).contains("credentials");
        assertThat(transcriptCalls() - before).isEqualTo(1);
        LLM.answer("{}");
    }

    @Test
    void aSecondAnalysisOfTheSameRoomWhileOneRunsIs409() {
        LLM.delay(2000).answer(PlutoIntelFixtures.ANALYTICS);
        try {
            java.util.concurrent.CompletableFuture<Response> a = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> analyze("room-busy", Map.of("transcript", PlutoIntelFixtures.TRANSCRIPT)));
            java.util.concurrent.CompletableFuture<Response> b = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> analyze("room-busy", Map.of("transcript", PlutoIntelFixtures.TRANSCRIPT)));
            java.util.List<Integer> statuses = java.util.stream.Stream.of(a.join(), b.join()).map(Response::status)
                    .sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            LLM.delay(0);
        }
    }

    @Test
    void rejectsBadInput() {
        assertThat(analyze("room-1", Map.of("transcript", "  \n ")).status()).isEqualTo(422);
        assertThat(analyze("room-1", Map.of("job_description", "AE")).status()).isEqualTo(422);
        assertThat(http.postJson("/api/analytics/room-1", "{\"transcript\": 42}").status()).isEqualTo(422);
        assertThat(http.postJson("/api/analytics/room-1", "{\"transcript\": ").status()).isEqualTo(400);
        Response huge = analyze("room-1", Map.of("transcript", "y".repeat(200_001)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.detail()).contains("transcript");
        assertThat(analyze("-bad%20room", Map.of("transcript", "x")).status()).isEqualTo(422);
        assertThat(http().postJson("/api/analytics/room-1", Map.of("transcript", "x")).status()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM pluto_transcripts WHERE org_id = ?").params(user.orgId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void savesAnalyticsToTheCandidatePerInterviewAndRefusesBadShapes() {
        UUID candidateId = PlutoIntelFixtures.candidate(runs, candidates, user.orgId());
        String path = "/api/pluto/candidates/" + candidateId + "/analytics";
        Map<String, Object> analytics = Map.of("overall_score", 74, "recommendation", "lean_hire",
                "summary", "Solid", "question_scores", java.util.List.of(Map.of("question", "Q1", "score", 7)));
        Response saved = http.postJson(path, Map.of("interview_id", "interview-abc123", "analytics", analytics));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().path("candidate_id").asString()).isEqualTo(candidateId.toString());
        assertThat(saved.json().path("interview_id").asString()).isEqualTo("interview-abc123");
        assertThat(saved.json().path("analytics").path("overall_score").asInt()).isEqualTo(74);
        assertThat(saved.json().path("analytics").path("question_scores").get(0).path("score").asInt()).isEqualTo(7);

        Response replaced = http.postJson(path, Map.of("interview_id", "interview-abc123",
                "analytics", Map.of("overall_score", 40, "recommendation", "lean_no_hire")));
        assertThat(replaced.status()).isEqualTo(200);
        CandidateAnalytics latest = candidateAnalytics.latestForCandidate(user.orgId(), candidateId).orElseThrow();
        assertThat(latest.interviewId()).isEqualTo("interview-abc123");
        assertThat(latest.analytics().overallScore()).isEqualTo(40);
        assertThat(jdbc.sql("SELECT count(*) FROM pluto_candidate_analytics WHERE candidate_id = ?")
                .params(candidateId).query(Long.class).single()).isEqualTo(1);

        for (String bad : new String[] {"{\"overall_score\": 101, \"recommendation\": \"hire\"}",
                "{\"overall_score\": 50.5, \"recommendation\": \"hire\"}",
                "{\"overall_score\": \"80\", \"recommendation\": \"hire\"}",
                "{\"overall_score\": 80, \"recommendation\": \"maybe\"}",
                "{\"recommendation\": \"hire\"}",
                "{\"overall_score\": 80, \"recommendation\": \"hire\", \"question_scores\": [{\"question\": \"Q\","
                        + " \"score\": 11}]}",
                "{\"overall_score\": 80, \"recommendation\": \"hire\", \"strengths\": \"many\"}", "[]", "7"}) {
            Response r = http.postJson(path, "{\"interview_id\": \"i-2\", \"analytics\": " + bad + "}");
            assertThat(r.status()).as(bad + " -> " + r.body()).isEqualTo(422);
            assertThat(r.detail()).startsWith("analytics");
        }
        assertThat(http.postJson(path, Map.of("analytics", analytics)).status()).isEqualTo(422);
        assertThat(http.postJson(path, Map.of("interview_id", "i-3")).status()).isEqualTo(422);
        assertThat(candidateAnalytics.latestForCandidate(user.orgId(), candidateId).orElseThrow().interviewId())
                .isEqualTo("interview-abc123");

        HttpTestClient other = http().bearer(TestUsers.register(http(), "pluto-other").accessToken());
        assertThat(other.postJson(path, Map.of("interview_id", "i-4", "analytics", analytics)).status())
                .isEqualTo(404);
        assertThat(http().postJson(path, Map.of("interview_id", "i-4", "analytics", analytics)).status())
                .isEqualTo(401);
        assertThat(candidateAnalytics.latestForCandidate(user.orgId() + 100_000, candidateId)).isEmpty();
    }

    private Response analyze(String room, Map<String, String> body) {
        return http.postJson("/api/analytics/" + room, body);
    }
}
