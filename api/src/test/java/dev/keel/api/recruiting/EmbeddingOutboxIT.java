package dev.keel.api.recruiting;

import static dev.keel.api.recruiting.JobsIT.patch;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Writes record embedding intents and return at once; the dispatcher embeds them later, in batches. */
class EmbeddingOutboxIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EmbeddingOutbox outbox;
    @Autowired
    EmbeddingOutboxDispatcher dispatcher;

    private MatchingFixtures fixtures;
    private TestUser user;
    private HttpTestClient api;

    @BeforeEach
    void setUp() {
        fixtures = new MatchingFixtures(jdbc, events, transactions, outbox);
        user = TestUsers.register(http(), "outbox");
        api = http().bearer(user.accessToken());
    }

    @AfterEach
    void restartDispatcher() {
        dispatcher.start();
    }

    @Test
    void keepsIntentsWhileTheDispatcherIsDownAndEmbedsFiveQuickChangesOnce() throws Exception {
        dispatcher.stop();
        long candidate = api.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        assertThat(fixtures.intents("candidate", candidate)).isEqualTo(1);
        assertThat(fixtures.hasEmbedding("candidate", candidate)).isFalse();
        for (int i = 0; i < 5; i++) {
            assertThat(patch(api, "/api/v1/candidates/" + candidate, "{\"notes\":\"Python, change " + i + "\"}")
                    .status()).isEqualTo(200);
        }
        Thread.sleep(500);
        assertThat(fixtures.intents("candidate", candidate)).isEqualTo(1);
        assertThat(fixtures.hasEmbedding("candidate", candidate)).isFalse();
        assertThat(fixtures.embeddingRuns(user.orgId())).isEmpty();

        dispatcher.start();
        fixtures.awaitEmbedding("candidate", candidate, true);
        assertThat(fixtures.intents("candidate", candidate)).isZero();
        awaitRuns(Map.of("completed", 1L));
    }

    @Test
    void matchesNotYetEmbeddedProfilesByKeywordsAndDropsDeletedOnes() throws Exception {
        long job = api.postJson("/api/v1/jobs", SeedExamples.JOB).json().path("id").asLong();
        long embedded = api.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        fixtures.awaitEmbedding("job", job, true);
        fixtures.awaitEmbedding("candidate", embedded, true);

        dispatcher.stop();
        long fresh = api.postJson("/api/v1/candidates",
                "{\"full_name\":\"Ann Lee\",\"headline\":\"Senior Backend Engineer\",\"notes\":\"Python, FastAPI\"}")
                .json().path("id").asLong();
        JsonNode matches = candidatesFor(job);
        assertThat(matches.size()).isEqualTo(2);
        for (JsonNode match : matches) {
            boolean pending = match.path("candidate_id").asLong() == fresh;
            assertThat(match.path("embedding_pending").asBoolean()).isEqualTo(pending);
            assertThat(match.path("strategy").asString()).isEqualTo(pending ? "naive" : "embedding");
        }

        dispatcher.start();
        fixtures.awaitEmbedding("candidate", fresh, true);
        assertThat(candidatesFor(job).findValues("strategy")).allMatch(s -> s.asString().equals("embedding"));

        assertThat(api.delete("/api/v1/candidates/" + embedded).status()).isEqualTo(204);
        fixtures.awaitEmbedding("candidate", embedded, false);
        JsonNode after = candidatesFor(job);
        assertThat(after.size()).isEqualTo(1);
        assertThat(after.get(0).path("candidate_id").asLong()).isEqualTo(fresh);
    }

    private JsonNode candidatesFor(long job) {
        var response = api.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("matches");
    }

    private void awaitRuns(Map<String, Long> expected) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!fixtures.embeddingRuns(user.orgId()).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(fixtures.embeddingRuns(user.orgId())).isEqualTo(expected);
    }
}
