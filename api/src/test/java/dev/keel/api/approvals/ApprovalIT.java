package dev.keel.api.approvals;

import static dev.keel.api.approvals.ApprovalFixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.approvals.FakeTelegramServer;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ApprovalIT extends KeelApiTest {
    private static final AtomicLong UPDATE_IDS = new AtomicLong(System.currentTimeMillis());
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

    private long requestApproval(String phase) {
        Response r = org(7).postJson("/approval/request", Map.of("phase_id", phase, "run_id", "R9",
                "decision_info", Map.of("risk_level", "high", "risk_score", 70)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("approval_id").asLong();
    }

    private Response press(String data, long updateId, String secret) {
        String body = "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cq" + updateId
                + "\",\"from\":{\"id\":5,\"username\":\"alice\"},\"message\":{\"chat\":{\"id\":777}},\"data\":\""
                + data + "\"}}";
        return http().header("X-Telegram-Bot-Api-Secret-Token", secret).postJson("/telegram/webhook", body);
    }

    private String status(long id) {
        return org(7).get("/approval/status/" + id).json().path("status").asString();
    }

    @Test
    void autoApproveModeApprovesAtOnce() {
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), true, Duration.ofMinutes(15)));
        Response r = org(7).postJson("/approval/request", Map.of("phase_id", "PA", "run_id", "R1"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("approved");
        assertThat(r.json().path("reason").asString())
                .isEqualTo("Auto-approved (BUILD-117 - auto-approve mode enabled)");
        Response s = org(7).get("/approval/status/" + r.json().path("approval_id").asLong());
        assertThat(s.json().path("status").asString()).isEqualTo("approved");
        assertThat(s.json().path("response_method").asString()).isEqualTo("auto");
        assertThat(callsAbout("sendMessage", "PA")).isZero();
    }

    @Test
    void telegramApprovalFlowsThroughTheWebhook() {
        Response r = org(7).postJson("/approval/request", Map.of("phase_id", "PT1", "run_id", "R9"));
        assertThat(r.json().path("status").asString()).isEqualTo("pending");
        assertThat(r.json().path("reason").asString())
                .isEqualTo("Awaiting human approval (timeout in 15 minutes, default: reject)");
        assertThat(r.json().path("telegram_sent").asBoolean()).isTrue();
        assertThat(r.json().path("timeout_at").asString()).isNotBlank();
        long id = r.json().path("approval_id").asLong();
        assertThat(callsAbout("sendMessage", "PT1")).isEqualTo(1);
        assertThat(org(7).get("/approval/pending").json().path("requests").findValuesAsString("phase_id"))
                .contains("PT1");

        long update = UPDATE_IDS.incrementAndGet();
        Response hook = press("approve:PT1", update, "s3cret");
        assertThat(hook.status()).isEqualTo(200);
        assertThat(hook.json().path("approval_id").asLong()).isEqualTo(id);
        eventually(() -> status(id).equals("approved"), Duration.ofSeconds(20));
        Response s = org(7).get("/approval/status/" + id);
        assertThat(s.json().path("response_method").asString()).isEqualTo("telegram");
        assertThat(telegram.calls("answerCallbackQuery")).hasSize(1);
        eventually(() -> callsAbout("editMessageText", "PT1") == 1, Duration.ofSeconds(60));

        // the same update again, and a second decision with a new update id: both change nothing
        assertThat(press("approve:PT1", update, "s3cret").json().path("duplicate").asBoolean()).isTrue();
        Response second = press("reject:PT1", UPDATE_IDS.incrementAndGet(), "s3cret");
        assertThat(second.json().path("error").asString()).isEqualTo("approval_not_found");
        Response dashboard = org(7).postJson("/approval/" + id + "/decide", Map.of("approved", false));
        assertThat(dashboard.status()).isEqualTo(409);
        assertThat(status(id)).isEqualTo("approved");
        assertThat(callsAbout("sendMessage", "PT1")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM run_events e JOIN runs r ON r.id = e.run_id"
                + " WHERE r.workflow_id = ? AND e.type = 'decided'").param("approval-" + id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void buttonDecidesTheApprovalOfItsOwnMessage() {
        long older = requestApproval("PMSG");
        long newer = requestApproval("PMSG");
        long olderMessage = jdbc.sql("SELECT telegram_message_id FROM approvals WHERE id = ?").param(older)
                .query(Long.class).single();
        long update = UPDATE_IDS.incrementAndGet();
        String body = "{\"update_id\":" + update + ",\"callback_query\":{\"id\":\"m1\",\"from\":{\"id\":5},"
                + "\"message\":{\"message_id\":" + olderMessage + ",\"chat\":{\"id\":777}},\"data\":\"reject:PMSG\"}}";
        Response hook = http().header("X-Telegram-Bot-Api-Secret-Token", "s3cret").postJson("/telegram/webhook", body);
        assertThat(hook.json().path("approval_id").asLong()).isEqualTo(older);
        eventually(() -> status(older).equals("rejected"), Duration.ofSeconds(20));
        assertThat(status(newer)).isEqualTo("pending");
    }

    @Test
    void dashboardDecisionRejects() {
        long id = requestApproval("PD1");
        Response r = org(7).postJson("/approval/" + id + "/decide",
                Map.of("approved", false, "user_id", "bob", "reason", "too risky"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("rejected");
        assertThat(r.json().path("response_method").asString()).isEqualTo("dashboard");
        assertThat(r.json().path("rejected_reason").asString()).isEqualTo("too risky");
    }

    @Test
    void timeoutAppliesTheDefault() {
        settings.set(c -> ApprovalFixtures.telegram(c, telegram.base(), false, Duration.ofSeconds(2)));
        long id = requestApproval("PTO");
        eventually(() -> status(id).equals("timeout"), Duration.ofSeconds(30));
        Response s = org(7).get("/approval/status/" + id);
        assertThat(s.json().path("response_method").asString()).isEqualTo("timeout");
        assertThat(s.json().path("rejected_reason").asString()).isEqualTo("Auto-rejected after timeout");
        assertThat(press("approve:PTO", UPDATE_IDS.incrementAndGet(), "s3cret").json().path("error").asString())
                .isEqualTo("approval_not_found");
        assertThat(status(id)).isEqualTo("timeout");
    }

    @Test
    void wrongSecretIs403AndChangesNothing() {
        long id = requestApproval("PS1");
        assertThat(press("approve:PS1", UPDATE_IDS.incrementAndGet(), "wrong").status()).isEqualTo(403);
        assertThat(http().postJson("/telegram/webhook", "{}").status()).isEqualTo(403);
        assertThat(status(id)).isEqualTo("pending");
    }

    @Test
    void productionWithoutSecretRefusesEverything() {
        settings.set(c -> new dev.keel.platform.approvals.ApprovalConfig(false, "production", c.timeout(), false,
                "42:TEST", "777", telegram.base(), null, 1000));
        assertThat(press("approve:X", UPDATE_IDS.incrementAndGet(), "anything").status()).isEqualTo(403);
    }

    @Test
    void malformedAndUnknownUpdatesAre200AndChangeNothing() {
        long id = requestApproval("PM1");
        for (String body : new String[] {"not json", "[]", "{}", "{\"update_id\":\"x\"}",
                "{\"callback_query\":{\"data\":7}}", "{\"callback_query\":{\"data\":\"approve:\"}}",
                "{\"callback_query\":{\"data\":\"launch:PM1\"}}", "{\"message\":{\"text\":\"hi\"}}"}) {
            Response r = http().header("X-Telegram-Bot-Api-Secret-Token", "s3cret").postJson("/telegram/webhook", body);
            assertThat(r.status()).as(body).isEqualTo(200);
        }
        assertThat(status(id)).isEqualTo("pending");
    }

    @Test
    void otherOrgGets404() {
        long id = requestApproval("PO1");
        assertThat(org(8).get("/approval/status/" + id).status()).isEqualTo(404);
        assertThat(org(8).get("/approval/status/" + id).detail()).isEqualTo("Approval request #" + id + " not found");
        assertThat(org(8).postJson("/approval/" + id + "/decide", Map.of("approved", true)).status()).isEqualTo(404);
        assertThat(org(8).get("/approval/pending").json().path("requests").findValuesAsString("phase_id"))
                .doesNotContain("PO1");
        assertThat(status(id)).isEqualTo("pending");
    }

    @Test
    void badInputIs422AndNoCallerIs401() {
        assertThat(org(7).postJson("/approval/request", Map.of("run_id", "R")).status()).isEqualTo(422);
        assertThat(org(7).postJson("/approval/request", Map.of("phase_id", " ", "run_id", "R")).status())
                .isEqualTo(422);
        assertThat(org(7).postJson("/approval/request", Map.of("phase_id", "P", "run_id", 5)).status())
                .isEqualTo(422);
        assertThat(org(7).postJson("/approval/request", Map.of("phase_id", "P", "run_id", "R",
                "decision_info", "x")).status()).isEqualTo(422);
        assertThat(org(7).postJson("/approval/request", "[1]").status()).isEqualTo(422);
        assertThat(org(7).get("/approval/status/abc").status()).isEqualTo(422);
        assertThat(org(7).get("/approval/status/abc").detail()).isNotBlank();
        assertThat(org(7).postJson("/approval/1/decide", Map.of("approved", "yes")).status()).isEqualTo(422);
        assertThat(org(7).postJson("/approval/1/decide", Map.of("approved", "true")).status()).isEqualTo(422);
        assertThat(org(7).postJson("/approval/1/decide", Map.of("approved", 1)).status()).isEqualTo(422);
        assertThat(org(7).postJson("/approval/1/decide", Map.of("reason", "r")).detail())
                .isEqualTo("approved: a boolean is required");
        assertThat(org(7).postJson("/approval/request", Map.of("phase_id", "P", "run_id", " ")).detail())
                .isEqualTo("run_id: a non-blank string is required");
        assertThat(http().get("/approval/pending").status()).isEqualTo(401);
        assertThat(http().postJson("/approval/request", Map.of("phase_id", "P", "run_id", "R")).status())
                .isEqualTo(401);
    }

    @Test
    void requestsAreRateLimitedPerIp() {
        settings.set(c -> new dev.keel.platform.approvals.ApprovalConfig(true, "development", c.timeout(), false,
                null, null, telegram.base(), "s3cret", 3));
        ApprovalFixtures.awayFromMinuteEdge();
        HttpTestClient client = org(7).header("X-Forwarded-For", "198.51.100." + (System.nanoTime() % 250 + 1));
        int limited = 0;
        for (int i = 0; i < 5; i++) {
            if (client.postJson("/approval/request", Map.of("phase_id", "RL", "run_id", "R")).status() == 429) {
                limited++;
            }
        }
        assertThat(limited).isEqualTo(2);
    }

    /** Calls about one phase only: other tests' workflows may still be talking to the shared fake. */
    private long callsAbout(String method, String phaseId) {
        return telegram.calls(method).stream()
                .filter(c -> c.body().path("text").asString().contains("`" + phaseId + "`")).count();
    }
}
