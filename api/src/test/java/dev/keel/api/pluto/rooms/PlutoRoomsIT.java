package dev.keel.api.pluto.rooms;

import dev.keel.api.pluto.PlutoFakes;
import dev.keel.api.pluto.PlutoTestSettings;
import static dev.keel.api.pluto.PlutoFakes.DAILY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.keel.integrations.daily.DailySettings;
import dev.keel.integrations.fakes.FakeDailyServer;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.pluto.rooms.PlutoRoom;
import dev.keel.domain.pluto.rooms.PlutoRoomRepository;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

public class PlutoRoomsIT extends KeelApiTest {
    @Autowired
    PlutoTestSettings.TestDailySettings daily;
    @Autowired
    PlutoTestSettings.TestRealtimeSettings realtime;
    @Autowired
    PlutoRoomRepository rooms;
    TestUser alice;
    HttpTestClient http;

    @BeforeEach
    void setUp() {
        PlutoFakes.useDaily(daily);
        alice = TestUsers.register(http(), "rooms");
        http = http().bearer(alice.accessToken());
    }

    @AfterEach
    void tearDown() {
        PlutoFakes.reset(daily, realtime);
    }

    @Test
    void createsAPrivateExpiringDailyRoomWithAnOwnerToken() {
        Response response = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane Recruiter",
                "candidate_name", "John Doe"));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(fieldNames(body)).containsExactly("room_name", "room_url", "interviewer_token", "expires_at");
        String name = body.path("room_name").asString();
        assertThat(name).matches("interview-[a-z0-9]{12}");
        assertThat(body.path("room_url").asString()).isEqualTo("https://" + FakeDailyServer.DOMAIN + "/" + name);
        Instant expiresAt = Instant.parse(body.path("expires_at").asString());
        assertThat(Duration.between(Instant.now(), expiresAt).toSeconds()).isCloseTo(7200, within(60L));
        long exp = expiresAt.getEpochSecond();

        var createRoom = DAILY.last("/v1/rooms");
        assertThat(createRoom.authorization()).isEqualTo("Bearer daily-it-key");
        assertThat(createRoom.json().toString()).isEqualTo("{\"name\":\"" + name + "\",\"privacy\":\"private\","
                + "\"properties\":{\"exp\":" + exp + ",\"eject_at_room_exp\":true}}");
        var token = DAILY.last("/v1/meeting-tokens");
        assertThat(token.authorization()).isEqualTo("Bearer daily-it-key");
        assertThat(token.json().toString()).isEqualTo("{\"properties\":{\"room_name\":\"" + name + "\","
                + "\"user_name\":\"Jane Recruiter\",\"is_owner\":true,\"exp\":" + exp + "}}");
        JsonNode claims = FakeDailyServer.claims(body.path("interviewer_token").asString());
        assertThat(claims.path("r").asString()).isEqualTo(name);
        assertThat(claims.path("u").asString()).isEqualTo("Jane Recruiter");
        assertThat(claims.path("o").asBoolean()).isTrue();

        PlutoRoom stored = rooms.find(alice.orgId(), name).orElseThrow();
        assertThat(stored.expiresAt()).isEqualTo(expiresAt);
        assertThat(stored.candidateName()).isEqualTo("John Doe");
        assertThat(stored.candidateId()).isNull();
        assertThat(stored.createdBy()).isNotNull();
    }

    @Test
    void roomLifetimeComesFromTheSettings() {
        PlutoFakes.useDaily(daily, DAILY.apiKey(), Duration.ofMinutes(30));
        JsonNode body = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane")).json();
        Instant expiresAt = Instant.parse(body.path("expires_at").asString());
        assertThat(Duration.between(Instant.now(), expiresAt).toSeconds()).isCloseTo(1800, within(60L));
        assertThat(DAILY.last("/v1/rooms").json().path("properties").path("exp").longValue())
                .isEqualTo(expiresAt.getEpochSecond());
    }

    @Test
    void joinGivesCandidatesAPlainTokenAndInterviewersAnOwnerToken() {
        JsonNode room = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane")).json();
        String name = room.path("room_name").asString();
        long exp = Instant.parse(room.path("expires_at").asString()).getEpochSecond();

        Response candidate = join(http, name, "John Doe", "candidate");
        assertThat(candidate.status()).as(candidate.body()).isEqualTo(200);
        assertThat(fieldNames(candidate.json())).containsExactly("token", "room_url");
        assertThat(candidate.json().path("room_url").asString()).isEqualTo(room.path("room_url").asString());
        assertThat(DAILY.last("/v1/meeting-tokens").json().toString()).isEqualTo("{\"properties\":{\"room_name\":\""
                + name + "\",\"user_name\":\"John Doe\",\"is_owner\":false,\"exp\":" + exp + "}}");
        assertThat(FakeDailyServer.claims(candidate.json().path("token").asString()).path("o").asBoolean()).isFalse();

        Response interviewer = join(http, name, "Second Interviewer", "interviewer");
        assertThat(interviewer.status()).as(interviewer.body()).isEqualTo(200);
        assertThat(FakeDailyServer.claims(interviewer.json().path("token").asString()).path("o").asBoolean())
                .isTrue();
    }

    @Test
    void anotherOrganizationCannotJoinTheRoom() {
        String name = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane")).json()
                .path("room_name").asString();
        HttpTestClient bob = http().bearer(TestUsers.register(http(), "rooms-other").accessToken());
        int tokensBefore = DAILY.requests("/v1/meeting-tokens").size();
        Response response = join(bob, name, "Mallory", "interviewer");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.detail()).isEqualTo("Room not found");
        assertThat(DAILY.requests("/v1/meeting-tokens")).hasSize(tokensBefore);
        assertThat(join(http, "interview-doesnotexist", "Jane", "candidate").status()).isEqualTo(404);
        assertThat(join(http, "bad.room.name", "Jane", "candidate").status()).isEqualTo(404);
    }

    @Test
    void anExpiredRoomCannotBeJoined() {
        String name = "interview-expired" + UUID.randomUUID().toString().substring(0, 8);
        rooms.insert(new PlutoRoom(name, alice.orgId(), "https://keel-test.daily.co/" + name,
                Instant.now().minusSeconds(60), null, null, "Jane", null, null, null));
        int tokensBefore = DAILY.requests("/v1/meeting-tokens").size();
        Response response = join(http, name, "John", "candidate");
        assertThat(response.status()).isEqualTo(410);
        assertThat(response.detail()).startsWith("Room " + name + " expired at ").endsWith("; create a new room");
        assertThat(DAILY.requests("/v1/meeting-tokens")).hasSize(tokensBefore);
    }

    @Test
    void rejectsBadInputWithDetail() {
        String name = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane")).json()
                .path("room_name").asString();
        assertUnprocessable(join(http, name, "John", "observer"), "participant_type: must be interviewer or candidate");
        assertUnprocessable(http.postJson("/api/rooms/" + name + "/join", Map.of("participant_type", "candidate")),
                "participant_name: a non-blank string is required");
        assertUnprocessable(http.postJson("/api/rooms", Map.of("candidate_name", "John")),
                "interviewer_name: a non-blank string is required");
        assertUnprocessable(http.postJson("/api/rooms", Map.of("interviewer_name", 42)),
                "interviewer_name: must be a string");
        assertUnprocessable(http.postJson("/api/rooms", Map.of("interviewer_name", "   ")),
                "interviewer_name: a non-blank string is required");
        assertUnprocessable(http.postJson("/api/rooms", Map.of("interviewer_name", "x".repeat(201))),
                "interviewer_name: at most 200 characters");
        assertUnprocessable(http.postJson("/api/rooms", "[1,2]"), "Request body must be a JSON object");
        Response malformed = http.postJson("/api/rooms", "{\"interviewer_name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).isEqualTo("Malformed JSON body");
        Response huge = http.postJson("/api/rooms", Map.of("interviewer_name", "x".repeat(2_000_000)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().has("detail")).isTrue();
    }

    @Test
    void unauthenticatedCallsAre401() {
        assertThat(http().postJson("/api/rooms", Map.of("interviewer_name", "Jane")).status()).isEqualTo(401);
        assertThat(http().postJson("/api/rooms/interview-x/join", Map.of("participant_name", "J",
                "participant_type", "candidate")).status()).isEqualTo(401);
        assertThat(http().bearer("not-a-token").postJson("/api/rooms", Map.of("interviewer_name", "Jane")).status())
                .isEqualTo(401);
    }

    @Test
    void withoutDailyKeyRoomsAre503NamingTheVariable() {
        String name = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane")).json()
                .path("room_name").asString();
        PlutoFakes.useDaily(daily, null, PlutoFakes.ROOM_LIFETIME);
        int before = DAILY.requests().size();
        Response create = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane"));
        assertThat(create.status()).isEqualTo(503);
        assertThat(create.detail()).isEqualTo("Daily.co is not configured: set DAILY_API_KEY");
        Response join = join(http, name, "John", "candidate");
        assertThat(join.status()).isEqualTo(503);
        assertThat(join.detail()).contains("DAILY_API_KEY");
        assertThat(DAILY.requests()).hasSize(before);
    }

    @Test
    void dailyFailuresAreGatewayErrorsNever500() throws Exception {
        PlutoFakes.useDaily(daily, "revoked-key", PlutoFakes.ROOM_LIFETIME);
        Response refused = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane"));
        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.detail()).isEqualTo("Daily.co refused the credentials (HTTP 401); check DAILY_API_KEY:"
                + " authorization header missing or invalid");

        PlutoFakes.useDaily(daily);
        DAILY.fail(500);
        Response broken = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane"));
        assertThat(broken.status()).isEqualTo(502);
        assertThat(broken.detail()).isEqualTo("Daily.co failed (HTTP 500): scripted failure");

        DAILY.fail(429);
        Response limited = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane"));
        assertThat(limited.status()).isEqualTo(503);
        assertThat(limited.header("Retry-After")).isEqualTo("7");
        assertThat(limited.detail()).startsWith("Daily.co is rate limiting requests (HTTP 429)");

        DAILY.reset();
        DAILY.stall(Duration.ofSeconds(4));
        Response slow = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane"));
        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.detail()).startsWith("Daily.co did not answer within 2 s");

        DAILY.reset();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        daily.use(new DailySettings.DailyConfig("daily-it-key", "http://127.0.0.1:" + closedPort + "/v1",
                Duration.ofHours(2), Duration.ofSeconds(2)));
        Response down = http.postJson("/api/rooms", Map.of("interviewer_name", "Jane"));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.detail()).contains("Daily.co could not be reached");
    }

    static Response join(HttpTestClient client, String room, String participant, String type) {
        return client.postJson("/api/rooms/" + room + "/join", Map.of("participant_name", participant,
                "participant_type", type));
    }

    public static void assertUnprocessable(Response response, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.detail()).isEqualTo(detail);
    }

    public static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
