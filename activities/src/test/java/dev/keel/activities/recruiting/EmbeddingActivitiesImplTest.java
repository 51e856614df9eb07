package dev.keel.activities.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.recruiting.matching.MatchingSettings;
import dev.keel.domain.recruiting.matching.ProfileEmbeddings;
import dev.keel.domain.recruiting.matching.ProfileVectorIndexes;
import dev.keel.domain.recruiting.matching.RecruitingProfiles;
import dev.keel.domain.recruiting.matching.VectorIndex;
import dev.keel.workflows.recruiting.EmbeddingActivities;
import dev.keel.workflows.recruiting.ProfileEmbeddingInput;
import dev.keel.workflows.recruiting.ProfileEmbeddingResult;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import io.temporal.testing.TestActivityEnvironment;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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

/** The embedding activity against real PostgreSQL and the real in-process MiniLM model (counted). */
class EmbeddingActivitiesImplTest {
    private static EmbeddedPostgres postgres;
    private static EmbeddingModel miniLm;

    private final AtomicInteger embedCalls = new AtomicInteger();
    private JdbcClient jdbc;
    private ProfileEmbeddings embeddings;
    private ProfileVectorIndexes indexes;
    private TestActivityEnvironment env;
    private EmbeddingActivities activities;
    private long orgId;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
        miniLm = new MiniLmModel(1);
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void setUp() {
        var ds = postgres.getPostgresDatabase();
        jdbc = JdbcClient.create(ds);
        var tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        var settings = new MatchingSettings(false, "", "", "", Duration.ZERO, 64);
        embeddings = new ProfileEmbeddings(jdbc, new JdbcTemplate(ds), tx);
        indexes = new ProfileVectorIndexes(embeddings, settings);
        EmbeddingModel counting = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                embedCalls.incrementAndGet();
                return miniLm.embedAll(segments);
            }
        };
        var embedder = new ProfileEmbedder(MatchingSettings.MINILM_MODEL, () -> counting);
        env = TestActivityEnvironment.newInstance();
        env.registerActivitiesImplementations(new EmbeddingActivitiesImpl(
                new RecruitingProfiles(jdbc), embeddings, indexes, embedder, tx));
        activities = env.newActivityStub(EmbeddingActivities.class);
        orgId = jdbc.sql("INSERT INTO organizations (name) VALUES ('acme') RETURNING id").query(Long.class).single();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private long candidate(String headline) {
        return jdbc.sql("INSERT INTO candidates (org_id, full_name, headline, current_title) VALUES (?, 'Jane', ?, "
                + "'Engineer') RETURNING id").params(orgId, headline).query(Long.class).single();
    }

    private ProfileEmbeddingResult embed(long id) {
        return activities.embedProfile(new ProfileEmbeddingInput(orgId, "candidate", id));
    }

    @Test
    void unchangedContentIsNotEmbeddedAgainButChangedContentIs() {
        long id = candidate("Python backend engineer");

        assertThat(embed(id).outcome()).isEqualTo(ProfileEmbeddingResult.EMBEDDED);
        var first = embeddings.find("candidate", id, MatchingSettings.MINILM_MODEL).orElseThrow();
        assertThat(first.vector()).hasSize(384);
        assertThat(embedCalls).hasValue(1);

        assertThat(embed(id).outcome()).isEqualTo(ProfileEmbeddingResult.UNCHANGED);
        assertThat(embedCalls).hasValue(1);
        assertThat(embeddings.find("candidate", id, MatchingSettings.MINILM_MODEL).orElseThrow().seq())
                .isEqualTo(first.seq());

        jdbc.sql("UPDATE candidates SET headline = 'Pastry chef' WHERE id = ?").param(id).update();
        assertThat(embed(id).outcome()).isEqualTo(ProfileEmbeddingResult.EMBEDDED);
        assertThat(embedCalls).hasValue(2);
        var second = embeddings.find("candidate", id, MatchingSettings.MINILM_MODEL).orElseThrow();
        assertThat(second.contentHash()).isNotEqualTo(first.contentHash());
        assertThat(second.seq()).isGreaterThan(first.seq());
        assertThat(jdbc.sql("SELECT count(*) FROM profile_embeddings WHERE profile_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void controlCharacterOnlyTextIsNotEmbeddedAndMatchesByKeywords() {
        long id = jdbc.sql("INSERT INTO candidates (org_id, full_name, headline) VALUES (?, 'Jane', ?) RETURNING id")
                .params(orgId, "\u0001\u0002\u0007\u200b").query(Long.class).single();

        assertThat(embed(id).outcome()).isEqualTo(ProfileEmbeddingResult.REMOVED);
        assertThat(embedCalls).hasValue(0);
        assertThat(embeddings.vector(orgId, "candidate", id, MatchingSettings.MINILM_MODEL)).isEmpty();
    }

    @Test
    void deletedProfileLeavesATombstoneAndLeavesTheLoadedIndex() {
        long keep = candidate("Python backend engineer");
        long gone = candidate("Go backend engineer");
        embed(keep);
        embed(gone);
        float[] query = embeddings.find("candidate", gone, MatchingSettings.MINILM_MODEL).orElseThrow().vector();
        VectorIndex.Hit[] before = indexes.search(orgId, "candidate", MatchingSettings.MINILM_MODEL, query, 5);
        assertThat(before).extracting(VectorIndex.Hit::id).containsExactly(gone, keep);

        jdbc.sql("DELETE FROM candidates WHERE id = ?").param(gone).update();
        assertThat(embed(gone).outcome()).isEqualTo(ProfileEmbeddingResult.REMOVED);

        assertThat(embeddings.vector(orgId, "candidate", gone, MatchingSettings.MINILM_MODEL)).isEmpty();
        assertThat(indexes.search(orgId, "candidate", MatchingSettings.MINILM_MODEL, query, 5))
                .extracting(VectorIndex.Hit::id).containsExactly(keep);
    }

    @Test
    void semanticallyCloseProfilesScoreHigher() {
        long python = candidate("Senior Python backend engineer, distributed systems");
        long chef = candidate("Pastry chef, French desserts and bread");
        embed(python);
        embed(chef);
        float[] job = new ProfileEmbedder(MatchingSettings.MINILM_MODEL, () -> miniLm)
                .embed("Backend Engineer (Python). Required skills: Python, PostgreSQL, FastAPI");
        VectorIndex.Hit[] hits = indexes.search(orgId, "candidate", MatchingSettings.MINILM_MODEL, job, 2);
        assertThat(hits[0].id()).isEqualTo(python);
        assertThat(hits[0].similarity()).isGreaterThan(hits[1].similarity() + 0.2f);
    }
}
