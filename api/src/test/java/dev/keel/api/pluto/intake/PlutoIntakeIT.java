package dev.keel.api.pluto.intake;

import dev.keel.api.pluto.PlutoTestSettings;
import static dev.keel.api.pluto.intake.IntakeFixtures.livekit;
import static dev.keel.api.pluto.intake.IntakeFixtures.payload;
import static dev.keel.api.pluto.intake.IntakeFixtures.submit;
import static dev.keel.api.pluto.intake.IntakeFixtures.token;
import static dev.keel.api.pluto.intake.IntakeFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.intake.PlutoIntakeRepository;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.AlgoScore;
import dev.keel.domain.pluto.scoring.PlutoScoreJson;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.workflows.pluto.intake.IntakeResult;
import dev.keel.workflows.pluto.intake.IntakeStatus;
import dev.keel.workflows.pluto.intake.IntakeWorkflow;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.workflowservice.v1.DescribeWorkflowExecutionRequest;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import io.temporal.common.converter.DefaultDataConverter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole candidate intake over real HTTP, the real Temporal dev server and PostgreSQL (seed 002). */
class PlutoIntakeIT extends KeelApiTest {
    @Autowired PlutoRunRepository runs;
    @Autowired PlutoCandidateRepository candidates;
    @Autowired PlutoIntakeRepository intakes;
    @Autowired PlutoTestSettings.TestIntakeSettings intakeSettings;
    @Autowired PlutoTestSettings.TestLiveKitSettings livekitSettings;
    @Autowired WorkflowClient client;

    private TestUser user;
    private HttpTestClient recruiter;
    private StoredPlutoCandidate dana;

    @BeforeEach
    void setUp() {
        livekitSettings.use(IntakeFixtures.LIVEKIT_KEY, IntakeFixtures.LIVEKIT_SECRET, IntakeFixtures.LIVEKIT_URL);
        user = TestUsers.register(http(), "intake");
        recruiter = http().bearer(user.accessToken());
        dana = IntakeFixtures.stage(runs, candidates, user.orgId()).get(0);
    }

    @Test
    void linkValidateLiveKitSubmitUpdatesAndRescoresTheCandidate() throws Exception {
        Instant before = Instant.now();
        Response link = recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().path("intake_url").asString())
                .startsWith(intakeSettings.publicAppUrl() + "/intake/" + dana.id() + "?token=");
        Instant expiresAt = Instant.parse(link.json().path("expires_at").asString());
        assertThat(expiresAt).isBetween(before.plus(Duration.ofHours(48)).minusSeconds(2),
                Instant.now().plus(Duration.ofHours(48)));
        String token = token(link);
        assertThat(payload(token).path("aud").toString()).contains("keel-intake");
        assertThat(payload(token).path("sub").asString()).isEqualTo(dana.id().toString());

        String workflowId = "pluto-intake-" + dana.id();
        IntakeWorkflow workflow = client.newWorkflowStub(IntakeWorkflow.class, workflowId);
        assertThat(workflow.getStatus().status()).isEqualTo(IntakeStatus.WAITING);
        assertThat(workflow.getStatus().intakeId()).isEqualTo(payload(token).path("jti").asString());
        assertSearchAttributesAndSummary(workflowId);

        Response valid = validate(http(), dana.id(), token);
        assertThat(valid.status()).as(valid.body()).isEqualTo(200);
        assertThat(valid.json().path("valid").asBoolean()).isTrue();
        assertThat(valid.json().path("candidate_name").asString()).isEqualTo("Dana Seller");
        assertThat(strings(valid.json().path("gaps")))
                .containsExactly("title", "state", "years_sales_experience", "headline", "phone", "email");

        Response lk = livekit(http(), dana.id(), token);
        assertThat(lk.status()).as(lk.body()).isEqualTo(200);
        assertThat(lk.json().path("room_name").asString()).isEqualTo("intake-" + dana.id());
        assertThat(lk.json().path("livekit_url").asString()).isEqualTo(IntakeFixtures.LIVEKIT_URL);
        assertThat(strings(lk.json().path("questions"))).hasSize(6).contains("What is your phone number?",
                "How many years of sales experience do you have?");
        Claims claims = verifyLiveKit(lk.json().path("token").asString()).getPayload();
        assertThat(claims.getIssuer()).isEqualTo(IntakeFixtures.LIVEKIT_KEY);
        assertThat(claims.getSubject()).isEqualTo(dana.id().toString());
        assertThat(claims.get("name")).isEqualTo("Dana Seller");
        assertThat(claims.getNotBefore()).isNotNull();
        assertThat(claims.getExpiration().toInstant()).isAfter(Instant.now()).isBeforeOrEqualTo(expiresAt);
        Map<?, ?> video = claims.get("video", Map.class);
        assertThat(video.get("roomJoin")).isEqualTo(true);
        assertThat(video.get("room")).isEqualTo("intake-" + dana.id());
        // The same token query parameter works too.
        assertThat(http().postJson("/api/livekit/token?token=" + token, Map.of("candidate_id", dana.id().toString()))
                .status()).isEqualTo(200);

        Response submitted = submit(http(), dana.id(), token, """
                {"title": "Senior AE", "location_state": "TX", "years_sales_experience": 7.5,
                 "linkedin_headline": "I sell to banks", "phone": "+1 512 555 0100", "email": "dana@example.com"}""");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        assertThat(submitted.json().path("status").asString()).isEqualTo("submitted");

        await().atMost(30, TimeUnit.SECONDS).untilAsserted(() -> {
            StoredPlutoCandidate updated = candidates.find(user.orgId(), dana.id()).orElseThrow();
            assertThat(updated.jobTitle()).isEqualTo("Senior AE");
            assertThat(updated.locationCity()).isEqualTo("Austin");
            assertThat(updated.locationState()).isEqualTo("TX");
            assertThat(updated.yearsSalesExperience()).isEqualTo(7.5);
            assertThat(updated.linkedinHeadline()).isEqualTo("I sell to banks");
            assertThat(updated.name()).isEqualTo("Dana Seller");
        });
        // The workflow went on to re-score the candidate (PlutoScoringActivities.rescoreCandidate) and completed.
        IntakeResult result = WorkflowStub.fromTyped(workflow).getResult(90, TimeUnit.SECONDS, IntakeResult.class);
        assertThat(result.status()).isEqualTo(IntakeStatus.COMPLETED);
        assertThat(result.submissionId()).isEqualTo(submitted.json().path("submission_id").asString());
        assertThat(client.fetchHistory(workflowId).getEvents().stream()
                .filter(e -> e.hasActivityTaskScheduledEventAttributes())
                .map(e -> e.getActivityTaskScheduledEventAttributes().getActivityType().getName()))
                .containsSubsequence("PlutoIntakeApplySubmission", "PlutoScoringRescoreCandidate",
                        "PlutoIntakeCompleteIntake");
        assertThat(intakes.find(UUID.fromString(payload(token).path("jti").asString())).orElseThrow().status())
                .isEqualTo("completed");
        assertThat(result.rescored()).isTrue();
        StoredPlutoCandidate rescored = candidates.find(user.orgId(), dana.id()).orElseThrow();
        AlgoScore algo = PlutoScoreJson.readBreakdown(rescored.algoBreakdownJson());
        assertThat(algo.experience()).isEqualTo(30);
        assertThat(algo.finance()).isEqualTo(25);
        assertThat(rescored.algoScore()).isEqualTo(algo.total());
        assertThat(rescored.aiStatus()).isNotEqualTo("pending");
        assertThat(rescored.finalScore()).isNotNull();

        Response again = submit(http(), dana.id(), token, "{\"name\": \"Someone Else\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.detail()).isEqualTo("Intake has already been submitted with this link");
        assertThat(validate(http(), dana.id(), token).status()).isEqualTo(409);
        assertThat(livekit(http(), dana.id(), token).status()).isEqualTo(409);
        assertThat(candidates.find(user.orgId(), dana.id()).orElseThrow().name()).isEqualTo("Dana Seller");

        // A new link after completion starts a new intake; nothing is missing any more.
        Response next = recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        Response revalidated = validate(http(), dana.id(), token(next));
        assertThat(revalidated.status()).as(revalidated.body()).isEqualTo(200);
        assertThat(strings(revalidated.json().path("gaps"))).isEmpty();
        assertThat(workflow.getStatus().status()).isEqualTo(IntakeStatus.WAITING);
    }

    @Test
    void newLinkReplacesTheOpenOneAndMovesTheWorkflowDeadline() {
        String first = token(recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", ""));
        Response second = recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        String secondToken = token(second);

        Response old = validate(http(), dana.id(), first);
        assertThat(old.status()).as(old.body()).isEqualTo(410);
        assertThat(old.detail()).isEqualTo("Intake link was replaced by a newer one");
        assertThat(submit(http(), dana.id(), first, "{\"title\": \"AE\"}").status()).isEqualTo(410);
        assertThat(validate(http(), dana.id(), secondToken).status()).isEqualTo(200);

        IntakeStatus status = client.newWorkflowStub(IntakeWorkflow.class, "pluto-intake-" + dana.id()).getStatus();
        assertThat(status.status()).isEqualTo(IntakeStatus.WAITING);
        assertThat(status.intakeId()).isEqualTo(payload(secondToken).path("jti").asString());
        assertThat(status.expiresAtEpochMillis())
                .isEqualTo(Instant.parse(second.json().path("expires_at").asString()).toEpochMilli());
    }

    @Test
    void expiredLinkIsGoneForValidateLiveKitAndSubmit() throws Exception {
        intakeSettings.useTtl(Duration.ofSeconds(2));
        Response link;
        try {
            link = recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "");
        } finally {
            intakeSettings.reset();
        }
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        String token = token(link);
        assertThat(validate(http(), dana.id(), token).status()).isEqualTo(200);
        Thread.sleep(3_000);
        Response expired = validate(http(), dana.id(), token);
        assertThat(expired.status()).as(expired.body()).isEqualTo(410);
        assertThat(expired.detail()).isEqualTo("Intake link has expired");
        assertThat(livekit(http(), dana.id(), token).status()).isEqualTo(410);
        Response late = submit(http(), dana.id(), token, "{\"title\": \"AE\"}");
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.detail()).isEqualTo("Intake link has expired");
        assertThat(candidates.find(user.orgId(), dana.id()).orElseThrow().jobTitle()).isNull();
    }

    @Test
    void submissionToAVanishedWorkflowIs410AndStoresNothing() {
        String token = token(recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", ""));
        client.newUntypedWorkflowStub("pluto-intake-" + dana.id()).terminate("test: workflow gone");
        Response response = submit(http(), dana.id(), token, "{\"title\": \"AE\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(410);
        assertThat(response.detail()).isEqualTo("Intake link has expired");
        assertThat(intakes.find(UUID.fromString(payload(token).path("jti").asString())).orElseThrow().status())
                .isEqualTo("expired");
        assertThat(validate(http(), dana.id(), token).status()).isEqualTo(410);
        assertThat(candidates.find(user.orgId(), dana.id()).orElseThrow().jobTitle()).isNull();
        // The recruiter can send a fresh link; it starts a new workflow run.
        String fresh = token(recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", ""));
        assertThat(validate(http(), dana.id(), fresh).status()).isEqualTo(200);
    }

    @Test
    void recruiterMayGetALiveKitTokenForTheirOwnCandidateOnly() {
        Response own = recruiter.postJson("/api/livekit/token", Map.of("candidate_id", dana.id().toString()));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        Claims claims = verifyLiveKit(own.json().path("token").asString()).getPayload();
        assertThat(claims.getSubject()).startsWith("recruiter-");
        assertThat(claims.get("video", Map.class).get("room")).isEqualTo("intake-" + dana.id());

        TestUser other = TestUsers.register(http(), "intake-other");
        Response foreign = http().bearer(other.accessToken())
                .postJson("/api/livekit/token", Map.of("candidate_id", dana.id().toString()));
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(404);
        assertThat(http().postJson("/api/livekit/token", Map.of("candidate_id", dana.id().toString())).status())
                .isEqualTo(401);
    }

    @Test
    void liveKitUnconfiguredIs503NamingTheVariables() {
        String token = token(recruiter.postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", ""));
        livekitSettings.use(null, null, null);
        try {
            Response response = livekit(http(), dana.id(), token);
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.detail()).contains("LIVEKIT_API_KEY", "LIVEKIT_API_SECRET", "LIVEKIT_URL");
            livekitSettings.use(IntakeFixtures.LIVEKIT_KEY, null, IntakeFixtures.LIVEKIT_URL);
            assertThat(livekit(http(), dana.id(), token).detail()).contains("LIVEKIT_API_SECRET")
                    .doesNotContain("LIVEKIT_API_KEY");
        } finally {
            livekitSettings.use(IntakeFixtures.LIVEKIT_KEY, IntakeFixtures.LIVEKIT_SECRET, IntakeFixtures.LIVEKIT_URL);
        }
    }

    private static Jws<Claims> verifyLiveKit(String token) {
        Jws<Claims> jws = Jwts.parser()
                .verifyWith(Keys.hmacShaKeyFor(IntakeFixtures.LIVEKIT_SECRET.getBytes(StandardCharsets.UTF_8)))
                .build().parseSignedClaims(token);
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo("HS256");
        return jws;
    }

    private void assertSearchAttributesAndSummary(String workflowId) {
        var description = client.getWorkflowServiceStubs().blockingStub()
                .describeWorkflowExecution(DescribeWorkflowExecutionRequest.newBuilder()
                        .setNamespace(client.getOptions().getNamespace())
                        .setExecution(WorkflowExecution.newBuilder().setWorkflowId(workflowId)).build());
        var attributes = description.getWorkflowExecutionInfo().getSearchAttributes().getIndexedFieldsMap();
        var converter = DefaultDataConverter.newDefaultInstance();
        assertThat(converter.fromPayload(attributes.get("KeelOrgId"), String.class, String.class))
                .isEqualTo(Long.toString(user.orgId()));
        assertThat(converter.fromPayload(attributes.get("KeelKind"), String.class, String.class))
                .isEqualTo("pluto-intake");
        assertThat(converter.fromPayload(description.getExecutionConfig().getUserMetadata().getSummary(),
                String.class, String.class)).isEqualTo("Pluto intake of candidate Dana Seller (" + dana.id() + ")");
    }

    static List<String> strings(tools.jackson.databind.JsonNode array) {
        return array.valueStream().map(n -> n.asString()).toList();
    }
}
