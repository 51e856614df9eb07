package dev.keel.activities.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.recruiting.matching.MatchingSettings;
import dev.keel.domain.recruiting.matching.ProfileEmbeddings;
import dev.keel.domain.recruiting.matching.ProfileVectorIndexes;
import dev.keel.domain.recruiting.matching.RecruitingProfiles;
import dev.keel.workflows.recruiting.EmbeddingBatchActivities;
import dev.keel.workflows.recruiting.EmbeddingBatchOutcome;
import dev.keel.workflows.recruiting.ProfileEmbeddingBatchInput;
import dev.keel.workflows.recruiting.ProfileEmbeddingBatchResult;
import dev.keel.workflows.recruiting.ProfileRef;
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

/** The batch embedding activity against real PostgreSQL and the real in-process MiniLM model (calls counted). */
class EmbeddingBatchActivitiesImplTest {
    private static EmbeddedPostgres postgres;
    private static EmbeddingModel miniLm;

    private final AtomicInteger modelCalls = new AtomicInteger();
    private JdbcClient jdbc;
    private ProfileEmbeddings embeddings;
    private TestActivityEnvironment env;
    private EmbeddingBatchActivities activities;
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
        EmbeddingModel counting = new EmbeddingModel() {
            @Override
            public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
                modelCalls.incrementAndGet();
                return miniLm.embedAll(segments);
            }
        };
        env = TestActivityEnvironment.newInstance();
        env.registerActivitiesImplementations(new EmbeddingBatchActivitiesImpl(new RecruitingProfiles(jdbc),
                embeddings, new ProfileVectorIndexes(embeddings, settings),
                new ProfileEmbedder(MatchingSettings.MINILM_MODEL, () -> counting), tx, new RunIndex(jdbc)));
        activities = env.newActivityStub(EmbeddingBatchActivities.class);
        orgId = jdbc.sql("INSERT INTO organizations (name) VALUES ('acme') RETURNING id").query(Long.class).single();
    }

    @AfterEach
    void tearDown() {
        env.close();
    }

    private long candidate(String headline) {
        return jdbc.sql("INSERT INTO candidates (org_id, full_name, headline) VALUES (?, 'Jane', ?) RETURNING id")
                .params(orgId, headline).query(Long.class).single();
    }

    private ProfileEmbeddingBatchResult embed(long... ids) {
        List<ProfileRef> refs = java.util.Arrays.stream(ids).mapToObj(id -> new ProfileRef("candidate", id)).toList();
        return activities.embedProfiles(new ProfileEmbeddingBatchInput(orgId, refs));
    }

    @Test
    void embedsABatchInOneModelCallAndSkipsUnchangedContent() {
        long a = candidate("Python backend engineer");
        long b = candidate("Pastry chef");
        long c = candidate("Data engineer, Kafka");

        assertThat(embed(a, b, c)).isEqualTo(new ProfileEmbeddingBatchResult(3, 0, 0, 0, MatchingSettings.MINILM_MODEL));
        assertThat(modelCalls).hasValue(1);

        jdbc.sql("UPDATE candidates SET headline = 'Go engineer' WHERE id = ?").param(b).update();
        assertThat(embed(a, b, c)).isEqualTo(new ProfileEmbeddingBatchResult(1, 2, 0, 0, MatchingSettings.MINILM_MODEL));
        assertThat(modelCalls).hasValue(2);
    }

    @Test
    void givesBlankAndDeletedProfilesATombstoneWithoutCallingTheModel() {
        long blank = candidate(" \u0001\u0007\t ");
        long deleted = candidate("Python backend engineer");
        embed(deleted);
        jdbc.sql("DELETE FROM candidates WHERE id = ?").param(deleted).update();
        int calls = modelCalls.get();

        assertThat(embed(blank, deleted).removed()).isEqualTo(2);
        assertThat(modelCalls).hasValue(calls);
        assertThat(embeddings.vector(orgId, "candidate", deleted, MatchingSettings.MINILM_MODEL)).isEmpty();
        assertThat(embeddings.find("candidate", blank, MatchingSettings.MINILM_MODEL).orElseThrow().vector()).isNull();
    }

    @Test
    void recordsTheRunOutcome() {
        var runs = new RunIndex(jdbc);
        runs.registerRunning(orgId, "recruiting-embedding", "outbox-1-2", "wf-batch-1", "Embed 2 candidates");
        activities.recordOutcome(new EmbeddingBatchOutcome("wf-batch-1", EmbeddingBatchOutcome.COMPLETED));
        var run = runs.findByWorkflowId("wf-batch-1").orElseThrow();
        assertThat(run.status()).isEqualTo("completed");
        assertThat(run.completedAt()).isNotNull();
    }
}
