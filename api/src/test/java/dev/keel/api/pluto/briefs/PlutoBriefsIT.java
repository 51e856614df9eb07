package dev.keel.api.pluto.briefs;

import dev.keel.api.pluto.PlutoIntelFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.recruiting.FakeOpenAiServer;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Candidate questions and pre-briefs, room pre-briefs: generation, caching, errors, tenancy. */
public class PlutoBriefsIT extends KeelApiTest {
    private static final FakeOpenAiServer LLM = new FakeOpenAiServer();

    @Autowired
    TestChatModelSettings settings;
    @Autowired
    PlutoRunRepository runs;
    @Autowired
    PlutoCandidateRepository candidates;
    TestUser user;
    HttpTestClient http;
    UUID candidateId;

    @BeforeEach
    void setUp() {
        settings.use(LLM.baseUrl(), "test-key", "gpt-4o-mini");
        LLM.delay(0);
        user = TestUsers.register(http(), "pluto-briefs");
        http = http().bearer(user.accessToken());
        candidateId = PlutoIntelFixtures.candidate(runs, candidates, user.orgId());
    }

    @AfterEach
    void reset() {
        settings.use(null, null, null);
        LLM.delay(0);
    }

    @AfterAll
    static void stop() {
        LLM.close();
    }

    @Test
    void questionsAreGeneratedOnceFromProfileAndJobDescriptionThenServedFromTheDatabase() {
        LLM.answer(PlutoIntelFixtures.QUESTIONS);
        long before = janeCalls();
        Response first = http.get(questionsPath(candidateId));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        JsonNode questions = first.json().path("questions");
        assertThat(questions.size()).isEqualTo(6);
        assertThat(questions.get(0).path("question").asString()).isEqualTo("Walk me through your largest bank deal.");
        assertThat(questions.get(0).path("purpose").asString()).isEqualTo("Verify enterprise finance sales");
        assertThat(janeCalls() - before).isEqualTo(1);
        String prompt = LLM.requests().get(LLM.requests().size() - 1);
        assertThat(prompt).contains("Jane Closer").contains(PlutoIntelFixtures.JOB_DESCRIPTION).contains("JSON");

        LLM.answer(PlutoIntelFixtures.OTHER_QUESTIONS);
        Response second = http.get(questionsPath(candidateId));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(janeCalls() - before).isEqualTo(1);
    }

    @Test
    void concurrentFirstGetsShareOneGeneration() {
        LLM.delay(1500).answers(PlutoIntelFixtures.QUESTIONS, PlutoIntelFixtures.OTHER_QUESTIONS);
        long before = janeCalls();
        CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> http.get(questionsPath(candidateId)));
        CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> http.get(questionsPath(candidateId)));
        Response ra = a.join();
        Response rb = b.join();
        assertThat(ra.status()).as(ra.body()).isEqualTo(200);
        assertThat(rb.status()).as(rb.body()).isEqualTo(200);
        assertThat(ra.json()).isEqualTo(rb.json());
        assertThat(janeCalls() - before).isEqualTo(1);
    }

    @Test
    void tooFewQuestionsIsMalformedAndRetriedThen502WithNothingCached() {
        LLM.answer("{\"questions\": [{\"question\": \"Only one?\", \"purpose\": \"x\"}]}");
        long before = janeCalls();
        Response response = http.get(questionsPath(candidateId));
        assertThat(response.status()).as(response.body()).isEqualTo(502);
        assertThat(response.detail()).contains("5-8 questions");
        assertThat(janeCalls() - before).isEqualTo(3);
        LLM.answer(PlutoIntelFixtures.QUESTIONS);
        assertThat(http.get(questionsPath(candidateId)).json().path("questions").size()).isEqualTo(6);
    }

    @Test
    void unconfiguredLlmIs503NamingTheVariables() {
        settings.use(null, null, null);
        Response questions = http.get(questionsPath(candidateId));
        assertThat(questions.status()).as(questions.body()).isEqualTo(503);
        assertThat(questions.detail()).contains("KEEL_LLM_BASE_URL").contains("KEEL_LLM_API_KEY");
        assertThat(http.get(prebriefPath(candidateId)).status()).isEqualTo(503);
        Response room = http.postJson("/api/prebrief/room-x", Map.of("job_description", "AE", "resume", "Jane"));
        assertThat(room.status()).isEqualTo(503);
    }

    @Test
    void candidatePrebriefIsGeneratedOnceWithDocumentedFields() {
        LLM.answer(PlutoIntelFixtures.PREBRIEF);
        long before = janeCalls();
        Response response = http.get(prebriefPath(candidateId));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode brief = response.json();
        assertThat(fieldNames(brief)).containsExactly("candidate_summary", "role_fit", "key_strengths", "concerns",
                "focus_areas", "suggested_questions", "red_flags_to_probe", "talking_points", "generated_at");
        assertThat(brief.path("candidate_summary").asString()).isEqualTo("Six years of enterprise sales into banks.");
        assertThat(brief.path("suggested_questions").get(0).path("purpose").asString()).isEqualTo("ACV");
        assertThat(brief.path("generated_at").asString()).endsWith("Z");
        assertThat(http.get(prebriefPath(candidateId)).json()).isEqualTo(brief);
        assertThat(janeCalls() - before).isEqualTo(1);
    }

    @Test
    void roomPrebriefIsRegeneratedAndReplacedByARepeatedPost() {
        LLM.answer(PlutoIntelFixtures.PREBRIEF);
        Map<String, String> body = Map.of("job_description", "AE for banks", "resume", "Jane: 6 years selling",
                "company_context", "We value candour");
        Response first = http.postJson("/api/prebrief/interview-abc123", body);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("role_fit").asString()).isEqualTo("Strong fit.");
        assertThat(LLM.requests().get(LLM.requests().size() - 1)).contains("We value candour").contains("AE for banks");

        LLM.answer(PlutoIntelFixtures.PREBRIEF.replace("Strong fit.", "Partial fit."));
        Response second = http.postJson("/api/prebrief/interview-abc123", body);
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().path("role_fit").asString()).isEqualTo("Partial fit.");
    }

    @Test
    void rejectsBadInputAndUnauthenticatedCalls() {
        assertThat(http.postJson("/api/prebrief/room-1", Map.of("resume", "x")).status()).isEqualTo(422);
        assertThat(http.postJson("/api/prebrief/room-1", Map.of("job_description", " ", "resume", "x")).status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/prebrief/room-1", "{\"job_description\": 5, \"resume\": \"x\"}").status())
                .isEqualTo(422);
        assertThat(http.postJson("/api/prebrief/room-1", "[1]").status()).isEqualTo(422);
        Response broken = http.postJson("/api/prebrief/room-1", "{\"job_description\": ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.detail()).isNotBlank();
        Response huge = http.postJson("/api/prebrief/room-1", Map.of("job_description", "x".repeat(50_001),
                "resume", "x"));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(http.postJson("/api/prebrief/bad..room%20name", Map.of("job_description", "a", "resume", "b"))
                .status()).isEqualTo(422);
        assertThat(http.get(questionsPath(UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(http.get("/api/pluto/candidates/not-a-uuid/questions").status()).isEqualTo(404);
        assertThat(http().get(questionsPath(candidateId)).status()).isEqualTo(401);
        assertThat(http().get(prebriefPath(candidateId)).status()).isEqualTo(401);
        assertThat(http().postJson("/api/prebrief/room-1", Map.of("job_description", "a", "resume", "b")).status())
                .isEqualTo(401);
    }

    @Test
    void anotherOrganizationCannotReadTheCandidatesQuestionsOrPrebrief() {
        LLM.answer(PlutoIntelFixtures.QUESTIONS);
        assertThat(http.get(questionsPath(candidateId)).status()).isEqualTo(200);
        HttpTestClient other = http().bearer(TestUsers.register(http(), "pluto-other").accessToken());
        long before = janeCalls();
        Response questions = other.get(questionsPath(candidateId));
        assertThat(questions.status()).isEqualTo(404);
        assertThat(questions.detail()).isEqualTo("Candidate not found");
        assertThat(other.get(prebriefPath(candidateId)).status()).isEqualTo(404);
        assertThat(janeCalls()).isEqualTo(before);
    }

    /**
     * This class's LLM calls: every prompt here names Jane. The fake is shared with the whole suite, and a workflow
     * of another test (an intake re-scoring, say) may still be calling it.
     */
    static long janeCalls() {
        return LLM.requests().stream().filter(r -> r.contains("Jane")).count();
    }

    static String questionsPath(UUID id) {
        return "/api/pluto/candidates/" + id + "/questions";
    }

    static String prebriefPath(UUID id) {
        return "/api/pluto/candidates/" + id + "/prebrief";
    }

    public static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
