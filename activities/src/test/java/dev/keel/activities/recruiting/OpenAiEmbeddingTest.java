package dev.keel.activities.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.offset;

import dev.keel.domain.recruiting.CandidateMatch;
import dev.keel.domain.recruiting.matching.DefaultMatchingService;
import dev.keel.domain.recruiting.matching.MatchLogs;
import dev.keel.domain.recruiting.matching.MatchingSettings;
import dev.keel.domain.recruiting.matching.PendingMatches;
import dev.keel.domain.recruiting.matching.ProfileEmbeddings;
import dev.keel.domain.recruiting.matching.ProfileVectorIndexes;
import dev.keel.domain.recruiting.matching.RecruitingProfiles;
import dev.keel.domain.recruiting.matching.SemanticMatcher;
import dev.keel.domain.recruiting.matching.VectorIndex;
import dev.keel.domain.recruiting.matching.Vectors;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.recruiting.EmbeddingActivities;
import dev.keel.workflows.recruiting.ProfileEmbeddingInput;
import dev.keel.workflows.recruiting.ProfileEmbeddingResult;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The OpenAI embeddings path (real langchain4j client) against a local fake server and real PostgreSQL. */
class OpenAiEmbeddingTest {
    private static final String KEY = "sk-test-123";
    private static final String OPENAI_MODEL = "text-embedding-3-small";
    private static final String OPENAI_KEY = "openai:" + OPENAI_MODEL;
    private static EmbeddedPostgres postgres;

    private FakeOpenAiEmbeddingsServer server;
    private JdbcClient jdbc;
    private TransactionTemplate tx;
    private ProfileEmbeddings embeddings;
    private ProfileVectorIndexes indexes;
    private MatchingSettings settings;
    private TestActivityEnvironment env;
    private long orgId;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void setUp() {
        server = new FakeOpenAiEmbeddingsServer(KEY);
        DataSource ds = postgres.getPostgresDatabase();
        jdbc = JdbcClient.create(ds);
        tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        settings = openAiSettings(server.baseUrl(), KEY);
        embeddings = new ProfileEmbeddings(jdbc, new JdbcTemplate(ds), tx);
        indexes = new ProfileVectorIndexes(embeddings, settings);
        env = TestActivityEnvironment.newInstance();
        orgId = jdbc.sql("INSERT INTO organizations (name) VALUES ('acme') RETURNING id").query(Long.class).single();
    }

    @AfterEach
    void tearDown() {
        env.close();
        server.close();
    }

    private static MatchingSettings openAiSettings(String base, String key) {
        return new MatchingSettings(true, key, base, OPENAI_MODEL, Duration.ZERO, 64);
    }

    /** A single attempt, so each embed is exactly the requests the client itself makes. */
    private EmbeddingActivities activities(ProfileEmbedder embedder) {
        env.registerActivitiesImplementations(new EmbeddingActivitiesImpl(
                new RecruitingProfiles(jdbc), embeddings, indexes, embedder, tx));
        return env.newActivityStub(EmbeddingActivities.class, ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
    }

    private long candidate(String title, String headline) {
        return jdbc.sql("INSERT INTO candidates (org_id, full_name, headline, current_title) VALUES (?, 'Jane', ?, ?) "
                + "RETURNING id").params(orgId, headline, title).query(Long.class).single();
    }

    private long job(String title, String requiredSkillsJson) {
        return jdbc.sql("INSERT INTO jobs (org_id, title, required_skills) VALUES (?, ?, ?::jsonb) RETURNING id")
                .params(orgId, title, requiredSkillsJson).query(Long.class).single();
    }

    private static ProfileEmbeddingInput candidateInput(long orgId, long id) {
        return new ProfileEmbeddingInput(orgId, "candidate", id);
    }

    private ApplicationFailure failureOf(EmbeddingActivities activities, long id) {
        Throwable thrown = catchThrowable(
                () -> activities.embedProfile(candidateInput(orgId, id)));
        assertThat(thrown).isInstanceOf(ActivityFailure.class);
        assertThat(thrown.getCause()).isInstanceOf(ApplicationFailure.class);
        return (ApplicationFailure) thrown.getCause();
    }

    @Test
    void openAiVectorIsNormalisedOfTheServersDimensionAndStoredUnderTheOpenAiModelKey() {
        EmbeddingActivities activities = activities(new ProfileEmbedder(settings));
        long id = candidate("Engineer", "Python backend engineer");

        ProfileEmbeddingResult result = activities.embedProfile(candidateInput(orgId, id));

        assertThat(result.outcome()).isEqualTo(ProfileEmbeddingResult.EMBEDDED);
        assertThat(result.model()).isEqualTo(OPENAI_KEY);
        assertThat(server.requests()).hasSize(1);
        var request = server.requests().get(0);
        assertThat(request.authorization()).isEqualTo("Bearer " + KEY);
        assertThat(request.body().get("model").asString()).isEqualTo(OPENAI_MODEL);
        String sent = request.body().get("input").isArray()
                ? request.body().get("input").get(0).asString() : request.body().get("input").asString();
        assertThat(sent).contains("Python backend engineer");

        float[] stored = embeddings.find("candidate", id, OPENAI_KEY).orElseThrow().vector();
        assertThat(stored).hasSize(FakeOpenAiEmbeddingsServer.DIMENSIONS);
        double norm = 0;
        for (float x : stored) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, offset(1e-5));
        assertThat(stored).containsExactly(Vectors.normalize(FakeOpenAiEmbeddingsServer.vectorOf(sent)),
                offset(1e-6f));
        assertThat(embeddings.find("candidate", id, MatchingSettings.MINILM_MODEL)).isEmpty();

        assertThat(activities.embedProfile(candidateInput(orgId, id)).outcome())
                .isEqualTo(ProfileEmbeddingResult.UNCHANGED);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void unauthorisedIsANonRetryableAuthFailureAfterOneRequest() {
        long id = candidate("Engineer", "Python backend engineer");
        server.respondWith(401);

        ApplicationFailure failure = failureOf(activities(new ProfileEmbedder(settings)), id);

        assertThat(failure.getType()).isEqualTo(FailureType.AUTH.type());
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(server.requests()).hasSize(1);
        assertThat(embeddings.find("candidate", id, OPENAI_KEY)).isEmpty();
    }

    @Test
    void wrongApiKeyIsANonRetryableAuthFailure() {
        long id = candidate("Engineer", "Python backend engineer");
        var embedder = new ProfileEmbedder(openAiSettings(server.baseUrl(), "sk-wrong"));

        ApplicationFailure failure = failureOf(activities(embedder), id);

        assertThat(failure.getType()).isEqualTo(FailureType.AUTH.type());
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(server.requests()).singleElement()
                .satisfies(r -> assertThat(r.authorization()).isEqualTo("Bearer sk-wrong"));
    }

    @Test
    void rateLimitAndServerErrorsAreRetryableByTemporalAndNotRetriedByTheClient() {
        long id = candidate("Engineer", "Python backend engineer");
        EmbeddingActivities activities = activities(new ProfileEmbedder(settings));
        int requests = 0;
        for (int status : new int[] {429, 500, 503}) {
            server.respondWith(status);

            ApplicationFailure failure = failureOf(activities, id);

            assertThat(failure.isNonRetryable()).as("status %d", status).isFalse();
            assertThat(List.of(FailureType.all())).as("status %d", status).doesNotContain(failure.getType());
            requests++;
            assertThat(server.requests()).as("status %d", status).hasSize(requests);
        }
        server.respondWith(200);
        assertThat(activities.embedProfile(candidateInput(orgId, id)).outcome())
                .isEqualTo(ProfileEmbeddingResult.EMBEDDED);
    }

    @Test
    void connectionRefusedIsRetryable() {
        long id = candidate("Engineer", "Python backend engineer");
        String base = server.baseUrl();
        server.close();

        ApplicationFailure failure = failureOf(activities(new ProfileEmbedder(openAiSettings(base, KEY))), id);

        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(List.of(FailureType.all())).doesNotContain(failure.getType());
    }

    @Test
    void openAiAndMiniLmVectorsOfTheSameProfilesLiveInSeparateIndexes() {
        long python = candidate("Engineer", "Python backend engineer");
        long chef = candidate("Chef", "Pastry chef, French desserts");
        EmbeddingModel fake384 = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                return Response.from(segments.stream().map(s -> {
                    float[] v = new float[384];
                    v[Math.floorMod(s.text().hashCode(), 384)] = 1f;
                    return Embedding.from(v);
                }).toList());
            }
        };
        EmbeddingActivities miniLm = activities(new ProfileEmbedder(MatchingSettings.MINILM_MODEL, () -> fake384));
        miniLm.embedProfile(candidateInput(orgId, python));
        miniLm.embedProfile(candidateInput(orgId, chef));
        float[] miniLmQuery = embeddings.vector(orgId, "candidate", python, MatchingSettings.MINILM_MODEL).orElseThrow();
        // Load the MiniLM index first, so OpenAI writes applied while it is loaded would reach it if keys were shared.
        assertThat(indexes.search(orgId, "candidate", MatchingSettings.MINILM_MODEL, miniLmQuery, 5)).hasSize(2);
        long miniLmSeq = embeddings.find("candidate", python, MatchingSettings.MINILM_MODEL).orElseThrow().seq();

        env.close();
        env = TestActivityEnvironment.newInstance();
        EmbeddingActivities openAi = activities(new ProfileEmbedder(settings));
        openAi.embedProfile(candidateInput(orgId, python));
        openAi.embedProfile(candidateInput(orgId, chef));
        float[] openAiQuery = embeddings.vector(orgId, "candidate", python, OPENAI_KEY).orElseThrow();

        assertThat(openAiQuery).hasSize(FakeOpenAiEmbeddingsServer.DIMENSIONS);
        assertThat(indexes.search(orgId, "candidate", OPENAI_KEY, openAiQuery, 5))
                .extracting(VectorIndex.Hit::id).containsExactly(python, chef);
        assertThat(indexes.search(orgId, "candidate", MatchingSettings.MINILM_MODEL, miniLmQuery, 5))
                .extracting(VectorIndex.Hit::id).contains(python, chef).hasSize(2);
        assertThat(embeddings.find("candidate", python, MatchingSettings.MINILM_MODEL).orElseThrow())
                .satisfies(s -> assertThat(s.vector()).hasSize(384))
                .satisfies(s -> assertThat(s.seq()).isEqualTo(miniLmSeq));
        assertThatThrownBy(() -> indexes.search(orgId, "candidate", MatchingSettings.MINILM_MODEL, openAiQuery, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void matchingReportsTheOpenAiStrategyForProfilesEmbeddedThroughTheServer() {
        long jobId = job("Backend Engineer (Python)", "[\"Python\", \"PostgreSQL\", \"backend\"]");
        long python = candidate("Backend engineer", "Senior Python backend engineer, PostgreSQL");
        long chef = candidate("Chef", "Pastry chef, French desserts and bread");
        EmbeddingActivities activities = activities(new ProfileEmbedder(settings));
        activities.embedProfile(new ProfileEmbeddingInput(orgId, "job", jobId));
        activities.embedProfile(candidateInput(orgId, python));
        activities.embedProfile(candidateInput(orgId, chef));
        var profiles = new RecruitingProfiles(jdbc);

        List<CandidateMatch> matches = new DefaultMatchingService(profiles,
                new SemanticMatcher(embeddings, indexes, profiles, settings, new PendingMatches(profiles)), new MatchLogs(jdbc))
                .candidatesForJob(orgId, jobId, 10);

        assertThat(matches).isNotEmpty().allSatisfy(m -> assertThat(m.strategy()).isEqualTo("openai"));
        assertThat(matches.get(0).candidateId()).isEqualTo(python);

        // The same rows seen with MiniLM active: nothing is embedded for that model, so the naive fallback answers.
        var miniLmSettings = new MatchingSettings(false, "", "", "", Duration.ZERO, 64);
        List<CandidateMatch> miniLm = new DefaultMatchingService(profiles,
                new SemanticMatcher(embeddings, new ProfileVectorIndexes(embeddings, miniLmSettings), profiles,
                        miniLmSettings, new PendingMatches(profiles)), new MatchLogs(jdbc))
                .candidatesForJob(orgId, jobId, 10);
        assertThat(miniLm).isNotEmpty().allSatisfy(m -> assertThat(m.strategy()).isEqualTo("naive"));
    }
}
