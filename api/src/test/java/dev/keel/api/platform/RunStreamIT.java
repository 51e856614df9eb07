package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.api.identity.SigningKeys;
import dev.keel.api.runs.StreamTickets;
import dev.keel.api.support.SseStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RunStreamIT extends KeelApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SigningKeys keys;
    @Autowired
    RunIndex runs;
    @Autowired
    RunEvents events;

    @Test
    void listsOnlyTheCallersRuns() {
        TestUser alice = TestUsers.register(http(), "runs-a");
        TestUser bob = TestUsers.register(http(), "runs-b");
        long runId = newRun(alice.orgId());

        Response mine = http().bearer(alice.accessToken()).get("/api/runs");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().path("total").asLong()).isEqualTo(1);
        assertThat(mine.json().path("items").get(0).path("id").asLong()).isEqualTo(runId);

        HttpTestClient asBob = http().bearer(bob.accessToken());
        assertThat(asBob.get("/api/runs").json().path("total").asLong()).isZero();
        assertThat(asBob.get("/api/runs/" + runId).status()).isEqualTo(404);
        Response stream = asBob.header("Accept", "text/event-stream").get("/api/runs/" + runId + "/events");
        assertThat(stream.status()).isEqualTo(404);
        assertThat(http().get("/api/runs").status()).isEqualTo(401);
        assertThat(http().bearer(alice.accessToken()).get("/api/runs?limit=101").status()).isEqualTo(422);
    }

    @Test
    void streamsEventsWithPerRunIdsResumesAfterLastEventIdAndEndsWithTheClosedEvent() throws Exception {
        TestUser alice = TestUsers.register(http(), "sse");
        long runId = newRun(alice.orgId());
        long other = newRun(alice.orgId());
        assertThat(events.append(runId, "progress", "{\"pct\":10}", "p10")).contains(1L);
        assertThat(events.append(other, "progress", "{\"pct\":1}", null)).as("ids count per run").contains(1L);
        assertThat(events.append(runId, "progress", "{\"pct\":50}", "p50")).contains(2L);
        assertThat(events.append(runId, "progress", "{\"pct\":50}", "p50")).as("dedupe key").isEmpty();

        SseStream stream = SseStream.open(http().bearer(alice.accessToken()).header("Last-Event-ID", "1")
                .builder("/api/runs/" + runId + "/events"));
        assertThat(stream.response().statusCode()).isEqualTo(200);
        assertThat(stream.response().headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(stream.response().headers().firstValue("X-Accel-Buffering")).contains("no");

        Thread.sleep(1500);
        events.append(runId, "done", "{\"pct\":100}", "done");
        String workflowId = runs.find(alice.orgId(), runId).orElseThrow().workflowId();
        runs.updateProgress(workflowId, "{\"done\":7,\"total\":7}");
        runs.close(workflowId, RunStatus.COMPLETED, "complete", null);
        stream.awaitEnd(Duration.ofSeconds(20));

        assertThat(stream.events()).extracting(SseStream.Event::id).containsExactly("2", "3", "4");
        assertThat(stream.events()).extracting(SseStream.Event::name).containsExactly("progress", "done", "closed");
        assertThat(stream.events().get(0).data()).isEqualTo("{\"pct\": 50}");
        JsonNode closed = JSON.readTree(stream.events().get(2).data());
        assertThat(closed.path("status").asString()).isEqualTo("completed");
        assertThat(closed.path("outcome").asString()).isEqualTo("complete");
        assertThat(closed.path("error").isNull()).isTrue();
        assertThat(closed.path("progress").path("done").asInt()).isEqualTo(7);
        assertThat(stream.lines()).anyMatch(l -> l.startsWith(":heartbeat") || l.startsWith(": heartbeat"));

        SseStream resumed = SseStream.open(http().bearer(alice.accessToken()).header("Last-Event-ID", "4")
                .builder("/api/runs/" + runId + "/events")).awaitEnd(Duration.ofSeconds(10));
        assertThat(resumed.events()).as("nothing after the closed event, and no second one").isEmpty();
    }

    @Test
    void runViewCarriesProgressAsAnObjectAndFiltersByStatusAndKind() {
        TestUser alice = TestUsers.register(http(), "runview");
        long runId = newRun(alice.orgId());
        runs.updateProgress(runs.find(alice.orgId(), runId).orElseThrow().workflowId(), "{\"done\":3,\"total\":10}");
        HttpTestClient asAlice = http().bearer(alice.accessToken());

        JsonNode run = asAlice.get("/api/runs/" + runId).json();
        assertThat(fieldNames(run)).containsExactly("id", "kind", "business_key", "workflow_id", "status", "outcome",
                "error", "progress", "summary", "created_at", "updated_at", "completed_at", "temporal_ui_url");
        assertThat(run.path("progress").path("total").asInt()).isEqualTo(10);
        assertThat(run.path("status").asString()).isEqualTo("running");
        assertThat(run.path("temporal_ui_url").isNull()).as("the tests run the dev server without its UI").isTrue();
        assertThat(asAlice.get("/api/runs?status=running").json().path("total").asLong()).isEqualTo(1);
        assertThat(asAlice.get("/api/runs?status=completed").json().path("total").asLong()).isZero();
        Response badStatus = asAlice.get("/api/runs?status=done");
        assertThat(badStatus.status()).isEqualTo(422);
        assertThat(badStatus.detail()).contains("status").contains("running");
        Response badKind = asAlice.get("/api/runs?kind=nope");
        assertThat(badKind.status()).isEqualTo(422);
        assertThat(badKind.detail()).contains("kind").contains("recruiting-job");
    }

    @Test
    void streamTicketOpensOnlyItsOwnRunWithoutAnAuthorizationHeader() throws Exception {
        TestUser alice = TestUsers.register(http(), "ticket-a");
        TestUser bob = TestUsers.register(http(), "ticket-b");
        long runId = newRun(alice.orgId());
        long otherRun = newRun(alice.orgId());
        events.append(runId, "progress", "{\"pct\":10}", null);
        HttpTestClient asAlice = http().bearer(alice.accessToken());

        Response issued = asAlice.postJson("/api/runs/" + runId + "/stream-ticket", "{}");
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        String ticket = issued.json().path("ticket").asString();
        assertThat(issued.json().path("url").asString()).isEqualTo("/api/runs/" + runId + "/events?ticket=" + ticket);
        assertThat(Instant.parse(issued.json().path("expires_at").asString()))
                .isBetween(Instant.now().plusSeconds(30), Instant.now().plusSeconds(70));
        assertThat(ticket).doesNotContain(alice.accessToken());

        runs.close(runs.find(alice.orgId(), runId).orElseThrow().workflowId(), RunStatus.FAILED, null, null);
        SseStream stream = SseStream.open(http().builder(issued.json().path("url").asString()))
                .awaitEnd(Duration.ofSeconds(10));
        assertThat(stream.response().statusCode()).isEqualTo(200);
        assertThat(stream.events()).extracting(SseStream.Event::name).containsExactly("progress", "closed");

        Response otherRunsStream = http().get("/api/runs/" + otherRun + "/events?ticket=" + ticket);
        assertThat(otherRunsStream.status()).isEqualTo(403);
        assertThat(otherRunsStream.detail()).contains("another run");
        Response tampered = http().get("/api/runs/" + runId + "/events?ticket=" + ticket.substring(0, ticket.length() - 4)
                + "AAAA");
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(tampered.detail()).isNotBlank();
        String expired = new StreamTickets(keys, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-2)))
                .issue(alice.orgId(), runId).value();
        Response late = http().get("/api/runs/" + runId + "/events?ticket=" + expired);
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.detail()).contains("expired");
        assertThat(http().get("/api/runs/" + runId + "/events?ticket=" + alice.accessToken()).status())
                .as("an access token is no ticket").isEqualTo(401);
        assertThat(http().bearer(ticket).get("/api/runs").status()).as("a ticket is no access token").isEqualTo(401);
        assertThat(http().get("/api/runs/" + runId + "/events").status()).isEqualTo(401);

        HttpTestClient asBob = http().bearer(bob.accessToken());
        assertThat(asBob.postJson("/api/runs/" + runId + "/stream-ticket", "{}").status()).isEqualTo(404);
        assertThat(asBob.get("/api/runs/" + runId + "/events").status()).isEqualTo(404);
        assertThat(http().postJson("/api/runs/" + runId + "/stream-ticket", "{}").status()).isEqualTo(401);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private long newRun(long orgId) {
        String key = UUID.randomUUID().toString();
        return runs.registerRunning(orgId, "test", key, "test-" + key, "test run " + key);
    }
}
