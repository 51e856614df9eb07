package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.platform.RunCloser.Abandonment;
import dev.keel.domain.platform.RunClosing;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** An embedding batch terminated in Temporal does not leave its profiles without a vector for good. */
class EmbeddingRunCloserIT extends KeelApiTest {
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
    @Autowired
    RunIndex runs;
    @Autowired
    RunClosing closing;

    @AfterEach
    void restartDispatcher() {
        dispatcher.start();
    }

    @Test
    void requeuesTheOrganizationsProfilesWithoutAVectorWhenABatchIsAbandoned() throws Exception {
        MatchingFixtures fixtures = new MatchingFixtures(jdbc, events, transactions, outbox);
        TestUser user = TestUsers.register(http(), "embedding-closer");
        HttpTestClient api = http().bearer(user.accessToken());
        dispatcher.stop();
        long candidate = api.postJson("/api/v1/candidates", SeedExamples.CANDIDATE).json().path("id").asLong();
        jdbc.sql("DELETE FROM embedding_outbox WHERE kind = 'candidate' AND profile_id = ?").param(candidate).update();
        String workflowId = "recruiting-embedding-batch-lost-" + candidate;
        runs.registerRunning(user.orgId(), "recruiting-embedding", "lost-" + candidate, workflowId, "lost batch");

        boolean closed = closing.close(runs.findByWorkflowId(workflowId).orElseThrow(),
                new Abandonment(RunStatus.CANCELLED, "terminated", "Terminated in Temporal: test"));

        assertThat(closed).isTrue();
        assertThat(fixtures.intents("candidate", candidate)).isEqualTo(1);
        assertThat(runs.findByWorkflowId(workflowId).orElseThrow().status()).isEqualTo("cancelled");
        dispatcher.start();
        fixtures.awaitEmbedding("candidate", candidate, true);
    }
}
