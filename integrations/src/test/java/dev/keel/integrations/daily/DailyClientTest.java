package dev.keel.integrations.daily;

import dev.keel.integrations.fakes.FakeDailyServer;
import dev.keel.integrations.http.ProviderException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.integrations.daily.DailyClient.DailyRoom;
import dev.keel.integrations.daily.DailySettings.DailyConfig;
import dev.keel.integrations.http.ProviderException.Kind;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DailyClientTest {
    private static final FakeDailyServer DAILY = new FakeDailyServer("daily-test-key");
    private final DailyClient client = new DailyClient();
    private final Instant exp = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void reset() {
        DAILY.reset();
    }

    @AfterAll
    static void stop() {
        DAILY.close();
    }

    private static DailyConfig config(String key, String base) {
        return new DailyConfig(key, base, Duration.ofHours(2), Duration.ofMillis(800));
    }

    @Test
    void createsAPrivateExpiringRoomWithTheBearerKey() {
        DailyRoom room = client.createRoom(config("daily-test-key", DAILY.baseUrl()), "interview-client1", exp);
        assertThat(room).isEqualTo(new DailyRoom("interview-client1", "https://keel-test.daily.co/interview-client1"));
        var sent = DAILY.last("/v1/rooms");
        assertThat(sent.authorization()).isEqualTo("Bearer daily-test-key");
        assertThat(sent.contentType()).isEqualTo("application/json");
        assertThat(sent.json().toString()).isEqualTo("{\"name\":\"interview-client1\",\"privacy\":\"private\","
                + "\"properties\":{\"exp\":" + exp.getEpochSecond() + ",\"eject_at_room_exp\":true}}");
    }

    @Test
    void issuesAMeetingTokenWithTheParticipantClaims() {
        String token = client.meetingToken(config("daily-test-key", DAILY.baseUrl() + "/"), "interview-x", "Ada",
                false, exp);
        JsonNode claims = FakeDailyServer.claims(token);
        assertThat(claims.path("r").asString()).isEqualTo("interview-x");
        assertThat(claims.path("o").asBoolean()).isFalse();
        assertThat(DAILY.last("/v1/meeting-tokens").json().toString()).isEqualTo(
                "{\"properties\":{\"room_name\":\"interview-x\",\"user_name\":\"Ada\",\"is_owner\":false,"
                        + "\"exp\":" + exp.getEpochSecond() + "}}");
    }

    @Test
    void classifiesFailures() {
        assertFailure(config(null, DAILY.baseUrl()), Kind.NOT_CONFIGURED, "set DAILY_API_KEY");
        assertFailure(config("k", "not a url"), Kind.NOT_CONFIGURED, "DAILY_API_BASE");
        assertFailure(config("wrong-key", DAILY.baseUrl()), Kind.CREDENTIALS_REFUSED,
                "Daily.co refused the credentials (HTTP 401); check DAILY_API_KEY");
        DAILY.fail(403);
        assertFailure(config("daily-test-key", DAILY.baseUrl()), Kind.CREDENTIALS_REFUSED, "HTTP 403");
        DAILY.fail(500);
        assertFailure(config("daily-test-key", DAILY.baseUrl()), Kind.PROVIDER_ERROR, "Daily.co failed (HTTP 500)");
        DAILY.fail(429);
        assertFailure(config("daily-test-key", DAILY.baseUrl()), Kind.RATE_LIMITED, "HTTP 429");
        DAILY.reset();
        assertThatThrownBy(() -> client.createRoom(config("daily-test-key", DAILY.baseUrl()), "bad name!", exp))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
                    assertThat(e.getMessage()).isEqualTo("Daily.co rejected the request (HTTP 400): name must be"
                            + " 1-128 characters of A-Z a-z 0-9 - _");
                });
    }

    @Test
    void timeoutsAndRefusedConnectionsAreUnreachable() throws Exception {
        DAILY.stall(Duration.ofSeconds(3));
        assertFailure(config("daily-test-key", DAILY.baseUrl()), Kind.UNREACHABLE, "did not answer within");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertFailure(config("daily-test-key", "http://127.0.0.1:" + closedPort + "/v1"), Kind.UNREACHABLE,
                "could not be reached");
    }

    private void assertFailure(DailyConfig config, Kind kind, String message) {
        assertThatThrownBy(() -> client.createRoom(config, "interview-" + System.nanoTime(), exp))
                .isInstanceOfSatisfying(ProviderException.class, e -> {
                    assertThat(e.kind()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(message).doesNotContain("daily-test-key");
                });
    }
}
