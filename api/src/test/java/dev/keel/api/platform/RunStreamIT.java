package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.platform.RunEvents;
import dev.keel.domain.platform.RunIndex;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RunStreamIT extends KeelApiTest {
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
    void streamsEventsResumesAfterLastEventIdAndClosesWhenRunEnds() throws Exception {
        TestUser alice = TestUsers.register(http(), "sse");
        long runId = newRun(alice.orgId());
        long first = events.append(runId, "progress", "{\"pct\":10}", "p10").orElseThrow();
        events.append(runId, "progress", "{\"pct\":50}", "p50");
        assertThat(events.append(runId, "progress", "{\"pct\":50}", "p50")).as("dedupe key").isEmpty();

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(
                http().bearer(alice.accessToken()).header("Last-Event-ID", Long.toString(first))
                        .builder("/api/runs/" + runId + "/events").header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = new ArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> readAll(response.body(), lines));

        Thread.sleep(1500);
        events.append(runId, "done", "{\"pct\":100}", "done");
        runs.updateStatus(runs.find(alice.orgId(), runId).orElseThrow().workflowId(), "completed", true);
        reader.get(20, TimeUnit.SECONDS);

        List<String> data = lines.stream().filter(l -> l.startsWith("data:")).toList();
        assertThat(data).containsExactly("data:{\"pct\": 50}", "data:{\"pct\": 100}");
        assertThat(lines).anyMatch(l -> l.startsWith(":heartbeat") || l.startsWith(": heartbeat"));
        assertThat(lines).contains("event:done");
    }

    private long newRun(long orgId) {
        String key = UUID.randomUUID().toString();
        return runs.register(orgId, "test", key, "test-" + key, "running", "test run " + key);
    }

    private static void readAll(InputStream body, List<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
