package dev.keel.api.pluto.interviews;

import dev.keel.api.pluto.PlutoFakes;
import dev.keel.api.pluto.PlutoTestSettings;
import static dev.keel.api.pluto.PlutoFakes.DAILY;
import static dev.keel.api.pluto.PlutoFakes.OPENAI;
import static dev.keel.api.pluto.rooms.PlutoRoomsIT.assertUnprocessable;
import static dev.keel.api.pluto.rooms.PlutoRoomsIT.fieldNames;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.integrations.fakes.FakeDailyServer;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.pluto.scoring.Employer;
import dev.keel.domain.pluto.briefs.InterviewBriefRepository;
import dev.keel.domain.pluto.briefs.PreInterviewBrief;
import dev.keel.domain.pluto.rooms.InterviewInstructions;
import dev.keel.domain.pluto.scoring.PlutoCandidate;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.rooms.PlutoRoom;
import dev.keel.domain.pluto.rooms.PlutoRoomRepository;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.temporal.WorkflowIds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class PlutoInterviewIT extends KeelApiTest {
    private static final String JOB_DESCRIPTION = "Enterprise Account Executive selling to CFOs; ACV above $100k.";

    @Autowired
    InterviewBriefRepository briefs;
    @Autowired
    PlutoTestSettings.TestDailySettings daily;
    @Autowired
    PlutoTestSettings.TestRealtimeSettings realtime;
    @Autowired
    PlutoRunRepository runs;
    @Autowired
    PlutoCandidateRepository candidates;
    @Autowired
    PlutoRoomRepository rooms;
    TestUser alice;
    HttpTestClient http;
    StoredPlutoCandidate ada;

    @BeforeEach
    void setUp() {
        PlutoFakes.useDaily(daily);
        PlutoFakes.useOpenAi(realtime, OPENAI.apiKey());
        alice = TestUsers.register(http(), "interview");
        http = http().bearer(alice.accessToken());
        ada = stageCandidate(alice.orgId());
    }

    private void storeBrief(String summary) {
        briefs.saveCandidatePrebriefIfAbsent(alice.orgId(), ada.id(), new PreInterviewBrief(summary, null,
                List.of("enterprise deals"), List.of(), List.of(), List.of(), List.of(), List.of(),
                "2026-11-22T00:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        PlutoFakes.reset(daily, realtime);
    }

    @Test
    void startsAnInterviewWithTheCandidatesProfileJobDescriptionAndPrebrief() {
        storeBrief("Probe the $2M bank deal: who sourced it?");
        Response response = start(http, ada.id().toString(), Map.of("interviewer_name", "Jane", "use_prebrief", true));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("room_name", "room_url", "token", "expires_at",
                "realtime_session", "warnings");
        assertThat(fieldNames(body.path("realtime_session"))).containsExactly("client_secret", "session_id");
        assertThat(body.path("warnings").isEmpty()).isTrue();
        String name = body.path("room_name").asString();
        assertThat(body.path("room_url").asString()).isEqualTo("https://" + FakeDailyServer.DOMAIN + "/" + name);
        JsonNode claims = FakeDailyServer.claims(body.path("token").asString());
        assertThat(claims.path("r").asString()).isEqualTo(name);
        assertThat(claims.path("u").asString()).isEqualTo("Jane");
        assertThat(claims.path("o").asBoolean()).isTrue();
        assertThat(DAILY.last("/v1/rooms").json().path("name").asString()).isEqualTo(name);

        var sent = OPENAI.last("/v1/realtime/sessions");
        assertThat(sent.authorization()).isEqualTo("Bearer sk-it-realtime");
        assertThat(fieldNames(sent.json())).containsExactly("model", "modalities", "instructions", "voice");
        assertThat(sent.json().path("model").asString()).isEqualTo("gpt-4o-realtime-preview");
        assertThat(sent.json().path("modalities").toString()).isEqualTo("[\"audio\",\"text\"]");
        assertThat(sent.json().path("voice").asString()).isEqualTo("verse");
        String instructions = sent.json().path("instructions").asString();
        assertThat(instructions).isEqualTo(InterviewInstructions.of(new InterviewInstructions.Context(
                "Ada Lovelace", null, ada.profileText(), JOB_DESCRIPTION, "Summary: Probe the $2M bank deal: who sourced it?"
                        + "\nStrengths: enterprise deals")));
        assertThat(instructions).contains("Name: Ada Lovelace", "Skills: Salesforce, MEDDIC",
                "Job description:\n" + JOB_DESCRIPTION, "Pre-interview brief:\nSummary: Probe the $2M bank deal");

        PlutoRoom stored = rooms.find(alice.orgId(), name).orElseThrow();
        assertThat(stored.candidateId()).isEqualTo(ada.id());
        assertThat(stored.candidateName()).isEqualTo("Ada Lovelace");
        assertThat(stored.realtimeSessionId()).isEqualTo(body.path("realtime_session").path("session_id").asString());
    }

    @Test
    void saysSoWhenNoPrebriefIsStoredAndLeavesItOutWhenNotAsked() {
        Response asked = start(http, ada.id().toString(), Map.of("interviewer_name", "Jane"));
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().path("warnings").get(0).asString())
                .startsWith("use_prebrief: no pre-brief has been generated for this candidate yet");
        assertThat(asked.json().path("realtime_session").isObject()).isTrue();

        storeBrief("A brief nobody asked for");
        Response notAsked = start(http, ada.id().toString(), Map.of("interviewer_name", "Jane", "use_prebrief", false));
        assertThat(notAsked.json().path("warnings").isEmpty()).isTrue();
        assertThat(OPENAI.last("/v1/realtime/sessions").json().path("instructions").asString())
                .doesNotContain("Pre-interview brief").doesNotContain("nobody asked");
    }

    @Test
    void withoutOpenAiTheRoomIsCreatedWithoutAnAssistant() {
        PlutoFakes.useOpenAi(realtime, null);
        int before = OPENAI.requests().size();
        Response response = start(http, ada.id().toString(), Map.of("interviewer_name", "Jane"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("realtime_session").isNull()).isTrue();
        assertThat(response.json().path("warnings").toString()).contains("set OPENAI_API_KEY");
        assertThat(OPENAI.requests()).hasSize(before);
        assertThat(rooms.find(alice.orgId(), response.json().path("room_name").asString())).isPresent();

        PlutoFakes.useOpenAi(realtime, "sk-revoked");
        Response refused = start(http, ada.id().toString(), Map.of("interviewer_name", "Jane", "use_prebrief", false));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().path("warnings")).hasSize(1);
        assertThat(refused.json().path("realtime_session").isNull()).isTrue();
        assertThat(refused.json().path("warnings").get(0).asString())
                .startsWith("OpenAI Realtime refused the credentials (HTTP 401); check OPENAI_API_KEY");
    }

    @Test
    void anotherOrganizationsCandidateIsNotFound() {
        HttpTestClient bob = http().bearer(TestUsers.register(http(), "interview-other").accessToken());
        int before = DAILY.requests().size();
        Response response = start(bob, ada.id().toString(), Map.of("interviewer_name", "Mallory"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Candidate not found");
        assertThat(start(http, "not-a-uuid", Map.of("interviewer_name", "Jane")).status()).isEqualTo(404);
        assertThat(start(http, UUID.randomUUID().toString(), Map.of("interviewer_name", "Jane")).status())
                .isEqualTo(404);
        assertThat(DAILY.requests()).hasSize(before);
    }

    @Test
    void interviewNeedsDailyAndValidInput() {
        assertUnprocessable(start(http, ada.id().toString(), Map.of("use_prebrief", true)),
                "interviewer_name: a non-blank string is required");
        assertUnprocessable(start(http, ada.id().toString(), Map.of("interviewer_name", "Jane", "use_prebrief", "yes")),
                "use_prebrief: must be a boolean");
        PlutoFakes.useDaily(daily, null, PlutoFakes.ROOM_LIFETIME);
        Response unconfigured = start(http, ada.id().toString(), Map.of("interviewer_name", "Jane"));
        assertThat(unconfigured.status()).isEqualTo(503);
        assertThat(unconfigured.detail()).contains("DAILY_API_KEY");
        PlutoFakes.useDaily(daily, "revoked", PlutoFakes.ROOM_LIFETIME);
        Response refused = start(http, ada.id().toString(), Map.of("interviewer_name", "Jane"));
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.detail()).startsWith("Daily.co refused the credentials");
    }

    @Test
    void realtimeSessionSendsInstructionsBuiltFromTheInputs() {
        Map<String, String> input = Map.of("candidate_name", "John Doe", "role", "Account Executive",
                "resume", "Resume text...", "job_description", "JD text...");
        Response response = http.postJson("/api/realtime/session", input);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("client_secret", "session_id", "model", "modalities");
        assertThat(body.path("client_secret").asString()).startsWith("ek_");
        assertThat(body.path("session_id").asString()).startsWith("sess_");
        assertThat(body.path("model").asString()).isEqualTo("gpt-4o-realtime-preview");
        assertThat(body.path("modalities").toString()).isEqualTo("[\"audio\",\"text\"]");
        JsonNode sent = OPENAI.last("/v1/realtime/sessions").json();
        assertThat(sent.path("instructions").asString()).isEqualTo(InterviewInstructions.of(
                new InterviewInstructions.Context("John Doe", "Account Executive", "Resume text...", "JD text...",
                        null)));
        assertThat(sent.path("instructions").asString()).contains("for the role of Account Executive",
                "Candidate resume:\nResume text...", "Job description:\nJD text...");
    }

    @Test
    void realtimeSessionRejectsBadInputAndMapsOpenAiFailures() {
        int before = OPENAI.requests().size();
        assertUnprocessable(http.postJson("/api/realtime/session", Map.of("candidate_name", "John")),
                "role: a non-blank string is required");
        assertUnprocessable(http.postJson("/api/realtime/session", Map.of("candidate_name", "John", "role", "AE",
                "resume", "x".repeat(20_001))), "resume: at most 20000 characters");
        assertUnprocessable(http.postJson("/api/realtime/session", Map.of("candidate_name", List.of("John"),
                "role", "AE")), "candidate_name: must be a string");
        assertThat(OPENAI.requests()).hasSize(before);

        Map<String, String> input = Map.of("candidate_name", "John", "role", "AE");
        PlutoFakes.useOpenAi(realtime, null);
        Response unconfigured = http.postJson("/api/realtime/session", input);
        assertThat(unconfigured.status()).isEqualTo(503);
        assertThat(unconfigured.detail()).isEqualTo("OpenAI Realtime is not configured: set OPENAI_API_KEY");
        PlutoFakes.useOpenAi(realtime, "sk-revoked");
        Response refused = http.postJson("/api/realtime/session", input);
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.detail()).startsWith("OpenAI Realtime refused the credentials (HTTP 401); check"
                + " OPENAI_API_KEY: Incorrect API key provided");
        PlutoFakes.useOpenAi(realtime, OPENAI.apiKey());
        OPENAI.fail(500);
        Response broken = http.postJson("/api/realtime/session", input);
        assertThat(broken.status()).isEqualTo(502);
        assertThat(broken.detail()).isEqualTo("OpenAI Realtime failed (HTTP 500): The server had an error while"
                + " processing your request. Sorry about that!");
    }

    @Test
    void unauthenticatedCallsAre401() {
        assertThat(http().postJson("/api/realtime/session", Map.of("candidate_name", "J", "role", "AE")).status())
                .isEqualTo(401);
        assertThat(start(http(), ada.id().toString(), Map.of("interviewer_name", "Jane")).status()).isEqualTo(401);
    }

    private static Response start(HttpTestClient client, String candidateId, Map<String, ?> body) {
        return client.postJson("/api/pluto/candidates/" + candidateId + "/interview", body);
    }

    private StoredPlutoCandidate stageCandidate(long orgId) {
        UUID runId = UUID.randomUUID();
        runs.create(new PlutoRun(runId, orgId, WorkflowIds.plutoScoring(runId.toString()), "candidates.csv",
                JOB_DESCRIPTION, false, "complete", "complete", "", 1, null, null), null,
                "name\nAda Lovelace\n".getBytes(StandardCharsets.UTF_8));
        candidates.stage(orgId, runId, List.of(new PlutoCandidate(1, "Ada Lovelace", "Account Executive", "Austin",
                "TX", 6.0, "Enterprise AE selling to banks", "Closed a $2M deal with a top-10 bank.",
                List.of("Salesforce", "MEDDIC"), List.of(new Employer("Stripe", "Enterprise AE", null, null)),
                List.of(), List.of("MIT"), Map.of())));
        return candidates.rows(runId, 1, 1).get(0);
    }
}
