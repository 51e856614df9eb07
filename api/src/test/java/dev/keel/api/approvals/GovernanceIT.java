package dev.keel.api.approvals;

import static dev.keel.api.approvals.ApprovalFixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class GovernanceIT extends KeelApiTest {
    private static FakeTelegramServer telegram;

    @Autowired
    ApprovalTestConfig.TestApprovalSettings settings;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startTelegram() throws Exception {
        telegram = new FakeTelegramServer();
    }

    @AfterAll
    static void stopTelegram() {
        telegram.close();
    }

    @BeforeEach
    void setUp() {
        telegram.reset();
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), false, Duration.ofMinutes(15)));
    }

    @AfterEach
    void tearDown() {
        settings.reset();
    }

    private HttpTestClient org(long alias) {
        return ApprovalFixtures.org(http(), alias);
    }

    private Response create(List<String> paths, Integer lines) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("run_id", "R9", "phase_id", "P3",
                "requested_paths", paths, "justification", "needs a fix"));
        if (lines != null) {
            body.put("lines_changed", lines);
        }
        return org(7).postJson("/governance/request", body);
    }

    @Test
    void smallTestChangeIsAutoApproved() {
        Response r = create(List.of("tests/test_api.py", "docs/guide.md"), 20);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("request_id").asString()).hasSize(8);
        assertThat(r.json().path("auto_approved").asBoolean()).isTrue();
        assertThat(r.json().path("approved").asBoolean()).isTrue();
        assertThat(r.json().path("approved_by").asString()).isEqualTo("auto");
        assertThat(r.json().path("risk_level").asString()).isEqualTo("low");
        assertThat(org(7).get("/governance/pending").json().path("pending_requests")
                .findValuesAsString("request_id")).doesNotContain(r.json().path("request_id").asString());
        assertThat(telegram.calls("sendMessage")).isEmpty();
    }

    @Test
    void riskyChangeWaitsThenIsApprovedOnceFromTheDashboard() {
        Response r = create(List.of("src/autopack/governed_apply.py"), 5);
        String id = r.json().path("request_id").asString();
        assertThat(r.json().path("risk_level").asString()).isEqualTo("critical");
        assertThat(r.json().path("approved").isNull()).isTrue();
        Response pending = org(7).get("/governance/pending");
        assertThat(pending.json().path("count").asInt()).isPositive();
        assertThat(pending.json().path("pending_requests").findValuesAsString("request_id")).contains(id);
        // Other tests' workflows may still be talking to the shared fake: count only this request's calls.
        eventually(() -> callsAbout("sendMessage", id) == 1, Duration.ofSeconds(60));
        String text = telegram.calls("sendMessage").stream().map(c -> c.body().path("text").asString())
                .filter(t -> t.contains(id)).findFirst().orElseThrow();
        assertThat(text).startsWith("🔐 *Governance Approval Needed*").contains(id);

        assertThat(org(8).post("/governance/approve/" + id + "?approved=true&user_id=eve", null, "").status())
                .isEqualTo(404);
        Response decided = org(7).post("/governance/approve/" + id + "?approved=true&user_id=human", null, "");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().path("status").asString()).isEqualTo("approved");
        assertThat(decided.json().path("request_id").asString()).isEqualTo(id);
        // The decider is the authenticated caller (here an API key), never the user_id the client sends.
        assertThat(decided.json().path("message").asString()).contains(" by api_key:").doesNotContain("human");
        assertThat(org(7).post("/governance/approve/" + id + "?approved=false", null, "").status()).isEqualTo(409);
        eventually(() -> callsAbout("editMessageText", id) == 1, Duration.ofSeconds(60));
        assertThat(callsAbout("sendMessage", id)).isEqualTo(1);
    }

    private long callsAbout(String method, String requestId) {
        return telegram.calls(method).stream().filter(c -> c.body().path("text").asString().contains(requestId))
                .count();
    }

    private static String press(String data, long chatId) {
        return "{\"update_id\":" + System.nanoTime() + ",\"callback_query\":{\"id\":\"g1\",\"from\":{\"id\":5,"
                + "\"username\":\"alice\"},\"message\":{\"chat\":{\"id\":" + chatId + "}},\"data\":\"" + data + "\"}}";
    }

    @Test
    void buttonsPressedInAnotherChatDecideNothing() {
        String id = create(List.of("src/autopack/main.py"), 5).json().path("request_id").asString();
        Response hook = http().header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
                .postJson("/telegram/webhook", press("gov_approve:" + id, 999));
        assertThat(hook.json().path("error").asString()).isEqualTo("chat_not_allowed");
        assertThat(org(7).get("/governance/pending").json().path("pending_requests")
                .findValuesAsString("request_id")).contains(id);
    }

    @Test
    void telegramGovernanceButtonsDecide() {
        Response r = create(List.of("src/autopack/main.py"), 5);
        String id = r.json().path("request_id").asString();
        Response hook = http().header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
                .postJson("/telegram/webhook", press("gov_reject:" + id, 777));
        assertThat(hook.status()).isEqualTo(200);
        eventually(() -> org(7).get("/governance/pending").json().path("pending_requests")
                .findValuesAsString("request_id").stream().noneMatch(id::equals), Duration.ofSeconds(20));
        assertThat(jdbc.sql("SELECT approved_by FROM governance_requests WHERE request_id = ?").param(id)
                .query(String.class).single()).isEqualTo("telegram_@alice");
    }

    @Test
    void approvedDefaultsToTrueAndTheDeciderIsTheAuthenticatedUser() {
        TestUsers.TestUser user = TestUsers.register(http(), "gov-decider");
        HttpTestClient asUser = http().bearer(user.accessToken());
        Response r = asUser.postJson("/governance/request", Map.of("run_id", "R9", "phase_id", "P4",
                "requested_paths", List.of("src/autopack/main.py"), "lines_changed", 5));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String id = r.json().path("request_id").asString();

        Response decided = asUser.post("/governance/approve/" + id + "?user_id=mallory", null, "");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        assertThat(decided.json().path("status").asString()).isEqualTo("approved");
        assertThat(decided.json().path("message").asString()).endsWith("by " + user.email());
        assertThat(jdbc.sql("SELECT approved_by FROM governance_requests WHERE request_id = ?").param(id)
                .query(String.class).single()).isEqualTo(user.email());
    }

    @Test
    void webhookIsRateLimitedPerClient() {
        ApprovalFixtures.awayFromMinuteEdge();
        HttpTestClient client = http().header("X-Forwarded-For", "203.0.113." + (System.nanoTime() % 250 + 1))
                .header("X-Telegram-Bot-Api-Secret-Token", "wrong");
        int forbidden = 0;
        int limited = 0;
        for (int i = 0; i < 125; i++) {
            int status = client.postJson("/telegram/webhook", "{}").status();
            forbidden += status == 403 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        // 120 per minute and client; counted before the secret is checked, so guessing it is limited too.
        assertThat(forbidden).isEqualTo(120);
        assertThat(limited).isEqualTo(5);
    }

    @Test
    void badInputIs422AndMissingIs404() {
        assertThat(create(List.of(), 5).status()).isEqualTo(422);
        assertThat(org(7).postJson("/governance/request", Map.of("run_id", "R", "phase_id", "P",
                "requested_paths", List.of("a.py"), "lines_changed", "many")).status()).isEqualTo(422);
        assertThat(org(7).post("/governance/approve/nope1234?approved=true", null, "").status()).isEqualTo(404);
        assertThat(org(7).post("/governance/approve/nope1234", null, "").status()).isEqualTo(404);
        assertThat(org(7).post("/governance/approve/nope1234?approved=maybe", null, "").status()).isEqualTo(422);
    }
}
