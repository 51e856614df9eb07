package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.recruiting.FakeOpenAiServer;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/chat/router, as the original front-end's chat page uses it (issue 15). */
class ChatRouterIT extends KeelApiTest {
    private static final FakeOpenAiServer LLM = new FakeOpenAiServer();

    @Autowired
    TestChatModelSettings settings;
    @Autowired
    JdbcClient jdbc;
    HttpTestClient http;

    @BeforeEach
    void user() {
        settings.use(null, null, null);
        http = http().bearer(TestUsers.register(http(), "router").accessToken());
    }

    @AfterAll
    static void stop() {
        LLM.close();
    }

    @Test
    void runsTheGuidedQuestionFlowOneQuestionAtATimeAndSavesTheAnswers() {
        JsonNode reply = send("start job questions", false, null);
        assertThat(reply.path("metadata").path("route_decision").asString()).isEqualTo("qna");
        assertThat(reply.path("qna_tree_id").asString()).isEqualTo("job_poster_v1");
        List<String> asked = new ArrayList<>();
        Map<String, String> given = new HashMap<>();
        int n = 0;
        while (reply.path("qna_mode").asBoolean()) {
            String question = reply.path("current_question_id").asString();
            asked.add(question);
            String answer = "answer " + (++n);
            given.put(question, answer);
            reply = send(answer, true, question);
        }
        assertThat(asked).containsExactly("jp_role", "jp_must_have", "jp_nice_to_have", "jp_location", "jp_seniority",
                "jp_salary", "jp_start");
        assertThat(reply.path("current_question_id").isNull()).isTrue();
        assertThat(last(reply)).startsWith("Thanks, that was the last question.").contains("answer 7");
        Map<String, String> saved = new HashMap<>();
        long userId = http.get("/api/v1/users/me").json().path("id").asLong();
        jdbc.sql("SELECT question_id, answer FROM recruiting_chat_answers WHERE tree_id = 'job_poster_v1'"
                        + " AND user_id = ?").param(userId)
                .query((rs, i) -> saved.put(rs.getString(1), rs.getString(2))).list();
        assertThat(saved).isEqualTo(given);

        JsonNode again = send("python, postgres", true, "jp_must_have"); // answering again replaces
        assertThat(again.path("current_question_id").asString()).isEqualTo("jp_nice_to_have");
        assertThat(send("start job questions", true, "jp_location").path("current_question_id").asString())
                .as("starting again mid-flow restarts").isEqualTo("jp_role");
        JsonNode stopped = send("stop", true, "jp_nice_to_have");
        assertThat(stopped.path("qna_mode").asBoolean()).isFalse();
        assertThat(last(stopped)).contains("answers so far are saved");
        JsonNode seeker = send("start job questions", false, null, "job_seeker");
        assertThat(seeker.path("current_question_id").asString()).isEqualTo("js_role");
    }

    @Test
    void keepsTheHistoryAppendsOneReplyAndRefusesBadState() {
        List<Map<String, String>> history = List.of(Map.of("role", "user", "content", "hi"),
                Map.of("role", "assistant", "content", "hello"), Map.of("role", "user", "content", "list jobs"));
        Response r = http.postJson("/api/v1/chat/router", Map.of("message", "list jobs", "messages", history,
                "user_type", "job_poster", "qna_mode", false));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode messages = r.json().path("messages");
        assertThat(messages.size()).isEqualTo(4); // the front-end's copy of the message is not repeated
        assertThat(messages.get(3).path("role").asString()).isEqualTo("assistant");
        assertThat(last(r.json())).startsWith("You have no jobs yet");
        assertThat(r.json().has("current_question_id")).isTrue();

        assertThat(http.postJson("/api/v1/chat/router", Map.of("message", "x", "qna_mode", true,
                "current_question_id", "no-such-question")).status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/chat/router", Map.of("messages", List.of())).status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/chat/router", Map.of("message", 5)).status()).isEqualTo(422);
        assertThat(http.postJson("/api/v1/chat/router", Map.of("message", "x", "messages",
                List.of(Map.of("role", "robot", "content", "x")))).status()).isEqualTo(422);
        assertThat(http().postJson("/api/v1/chat/router", Map.of("message", "list jobs")).status()).isEqualTo(401);
    }

    @Test
    void answersSchedulingRequests() {
        JsonNode reply = send("can we schedule a call tomorrow?", false, null);
        assertThat(reply.path("metadata").path("route_decision").asString()).isEqualTo("scheduling");
        assertThat(last(reply)).contains("slots to propose for").contains("10:00");
    }

    @Test
    void ordinaryMessagesGoToTheIntentRouterAndItsLlmWithTheCallersTenant() {
        settings.use(LLM.baseUrl(), "test-key", "gpt-4o-mini");
        LLM.answer("{\"title\":\"Senior Python Engineer\",\"department\":null,\"location\":\"New York, NY\","
                + "\"employment_type\":\"Full-time\",\"remote_option\":null,\"salary_min\":150000,"
                + "\"salary_max\":190000,\"currency\":\"USD\",\"description\":\"FastAPI and PostgreSQL.\","
                + "\"required_skills\":[\"Python\",\"FastAPI\"],\"nice_to_have_skills\":[]}");
        int before = LLM.requests().size();
        JsonNode created = send("create a new job for a Senior Python Engineer in NYC with FastAPI and PostgreSQL,"
                + " 150k-190k USD", false, null);
        assertThat(LLM.requests().size()).isGreaterThan(before);
        assertThat(created.path("metadata").path("route_decision").asString()).isEqualTo("agent");
        assertThat(last(created)).contains("Senior Python Engineer").contains("Extracted by: llm");
        long jobId = http.get("/api/v1/jobs").json().path("items").get(0).path("id").asLong();

        HttpTestClient other = http().bearer(TestUsers.register(http(), "router-other").accessToken());
        Response foreign = other.postJson("/api/v1/chat/router", Map.of("message", "pipeline for job " + jobId));
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(last(foreign.json())).isEqualTo("Job #" + jobId + " not found.");
        assertThat(last(send("pipeline for job " + jobId, false, null))).startsWith("Pipeline for job #" + jobId);
    }

    private JsonNode send(String message, boolean qnaMode, String questionId) {
        return send(message, qnaMode, questionId, "job_poster");
    }

    private JsonNode send(String message, boolean qnaMode, String questionId, String userType) {
        Map<String, Object> body = new HashMap<>();
        body.put("message", message);
        body.put("messages", List.of(Map.of("role", "user", "content", message)));
        body.put("user_type", userType);
        body.put("qna_mode", qnaMode);
        body.put("current_question_id", questionId);
        Response r = http.postJson("/api/v1/chat/router", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String last(JsonNode reply) {
        JsonNode messages = reply.path("messages");
        return messages.get(messages.size() - 1).path("content").asString();
    }
}
