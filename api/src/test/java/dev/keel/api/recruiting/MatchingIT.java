package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.recruiting.matching.EmbeddingOutbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

class MatchingIT extends KeelApiTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EmbeddingOutbox outbox;

    private MatchingFixtures fixtures;
    private TestUser user;
    private HttpTestClient api;

    @BeforeEach
    void setUp() {
        fixtures = new MatchingFixtures(jdbc, events, transactions, outbox);
        user = TestUsers.register(http(), "matching");
        api = http().bearer(user.accessToken());
    }

    private long backendJob(boolean publish) {
        return fixtures.job(user.orgId(), "Senior Backend Engineer", List.of("Python", "FastAPI", "PostgreSQL"),
                List.of("Kubernetes", "AWS"), publish);
    }

    @Test
    void ranksByStoredEmbeddingsAfterProfileChanges() throws Exception {
        long job = backendJob(true);
        long chef = fixtures.candidate(user.orgId(), "Paul Baker", "Pastry Chef", "French pastry and desserts",
                "Le Croissant", true);
        long engineer = fixtures.candidate(user.orgId(), "Jane Doe", "Staff Engineer",
                "Senior Python backend engineer, distributed systems", "TechCorp", true);
        fixtures.awaitEmbedding("job", job, true);
        fixtures.awaitEmbedding("candidate", chef, true);
        fixtures.awaitEmbedding("candidate", engineer, true);

        Response response = api.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.path("job_id").asLong()).isEqualTo(job);
        JsonNode matches = body.path("matches");
        assertThat(matches.size()).isEqualTo(2);
        JsonNode top = matches.get(0);
        assertThat(top.path("candidate_id").asLong()).isEqualTo(engineer);
        assertThat(top.path("full_name").asString()).isEqualTo("Jane Doe");
        assertThat(top.path("current_title").asString()).isEqualTo("Staff Engineer");
        assertThat(top.path("current_company").asString()).isEqualTo("TechCorp");
        assertThat(top.path("location").asString()).isEqualTo("Remote");
        assertThat(top.path("strategy").asString()).isEqualTo("embedding");
        assertThat(top.path("reason").asString()).isEqualTo("High semantic similarity between job and profile. "
                + "Overlapping terms include: backend, engineer, python, senior.");
        assertThat(top.path("score").asInt()).isGreaterThan(matches.get(1).path("score").asInt()).isBetween(1, 100);
        assertThat(fixtures.matchLogs(user.orgId(), "embedding")).isEqualTo(2);

        Response jobs = api.postJson("/api/v1/matching/jobs_for_candidate", Map.of("candidate_id", engineer, "limit", 5));
        assertThat(jobs.status()).as(jobs.body()).isEqualTo(200);
        JsonNode jobMatch = jobs.json().path("matches").get(0);
        assertThat(jobs.json().path("candidate_id").asLong()).isEqualTo(engineer);
        assertThat(jobMatch.path("job_id").asLong()).isEqualTo(job);
        assertThat(jobMatch.path("title").asString()).isEqualTo("Senior Backend Engineer");
        assertThat(jobMatch.path("status").asString()).isEqualTo("open");
        assertThat(jobMatch.path("location").asString()).isEqualTo("New York, NY");
        assertThat(jobMatch.path("strategy").asString()).isEqualTo("embedding");
        assertThat(jobMatch.path("reason").asString()).startsWith("High semantic similarity between candidate and job.");
        assertThat(fixtures.matchLogs(user.orgId(), "embedding")).isEqualTo(3);

        fixtures.deleteCandidate(user.orgId(), engineer);
        fixtures.awaitEmbedding("candidate", engineer, false);
        JsonNode after = api.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job)).json();
        assertThat(after.path("matches").size()).isEqualTo(1);
        assertThat(after.path("matches").get(0).path("candidate_id").asLong()).isEqualTo(chef);
    }

    @Test
    void fallsBackToNaiveWhileTheJobHasNoEmbedding() {
        long job = backendJob(false);
        long partial = fixtures.candidate(user.orgId(), "John Smith", "Senior Backend Engineer", "Python dev",
                "OtherCo", false);
        fixtures.candidate(user.orgId(), "Paul Baker", "Pastry Chef", "Desserts", "Le Croissant", false);
        long best = fixtures.candidate(user.orgId(), "Ann Lee", "Senior Backend Engineer",
                "Python FastAPI PostgreSQL", "AWS", false);

        Response response = api.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job, "limit", 20));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode matches = response.json().path("matches");
        assertThat(matches.size()).isEqualTo(2);
        assertThat(matches.get(0).path("candidate_id").asLong()).isEqualTo(best);
        assertThat(matches.get(0).path("score").asInt()).isEqualTo(87); // 7 of 8 job keywords
        assertThat(matches.get(0).path("strategy").asString()).isEqualTo("naive");
        assertThat(matches.get(0).path("reason").asString())
                .isEqualTo("Keyword overlap on: aws, backend, engineer, fastapi, postgresql.");
        assertThat(matches.get(1).path("candidate_id").asLong()).isEqualTo(partial);
        assertThat(matches.get(1).path("score").asInt()).isEqualTo(50);
        assertThat(fixtures.matchLogs(user.orgId(), "naive")).isEqualTo(2);

        JsonNode limited = api.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job, "limit", 1)).json();
        assertThat(limited.path("matches").size()).isEqualTo(1);
        assertThat(fixtures.matchLogs(user.orgId(), "naive")).isEqualTo(3);

        Response jobs = api.postJson("/api/v1/matching/jobs_for_candidate", Map.of("candidate_id", partial));
        assertThat(jobs.json().path("matches").get(0).path("strategy").asString()).isEqualTo("naive");
        assertThat(jobs.json().path("matches").get(0).path("reason").asString())
                .isEqualTo("Keyword overlap on: backend, engineer, python, senior.");
    }

    @Test
    void rejectsJobsAndCandidatesOfAnotherOrg() {
        long job = backendJob(false);
        long candidate = fixtures.candidate(user.orgId(), "Jane Doe", "Engineer", null, null, false);
        HttpTestClient other = http().bearer(TestUsers.register(http(), "other").accessToken());

        Response r1 = other.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job));
        assertThat(r1.status()).isEqualTo(404);
        assertThat(r1.detail()).isEqualTo("Job " + job + " not found");
        Response r2 = other.postJson("/api/v1/matching/jobs_for_candidate", Map.of("candidate_id", candidate));
        assertThat(r2.status()).isEqualTo(404);
        assertThat(r2.detail()).isEqualTo("Candidate " + candidate + " not found");
        assertThat(api.postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", 987654321L)).status())
                .isEqualTo(404);
        assertThat(http().postJson("/api/v1/matching/candidates_for_job", Map.of("job_id", job)).status())
                .isEqualTo(401);
    }

    @Test
    void validatesTheRequestBody() {
        long job = backendJob(false);
        String path = "/api/v1/matching/candidates_for_job";
        assertThat(api.postJson(path, Map.of("job_id", job, "limit", 0)).status()).as("0 as the original").isEqualTo(200);
        Response tooMany = api.postJson(path, Map.of("job_id", job, "limit", 101));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.detail()).startsWith("limit");
        assertThat(api.postJson(path, Map.of("job_id", job, "limit", 100)).status()).isEqualTo(200);
        assertThat(api.postJson(path, Map.of("limit", 5)).detail()).isEqualTo("job_id: must not be null");
        assertThat(api.postJson(path, "{\"job_id\": \"abc\"}").status()).isEqualTo(422);
        assertThat(api.postJson(path, "{\"job_id\": ").status()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/matching/jobs_for_candidate", Map.of("candidate_id", 1, "limit", -3)).status())
                .isEqualTo(422);
    }
}
