package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.recruiting.Fixtures;
import dev.keel.api.recruiting.RecordedTraffic.Entry;
import dev.keel.api.recruiting.RecordedTraffic.Part;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Sends recorded front-end requests to Keel as the front-end would in this run: fresh emails, the token of the last
 * login, Keel's ids for the original's, and the chat history and question state Keel's last chat answer gave.
 */
final class TrafficReplay {
    private static final String RECORDED_RUN = "1796096641";
    private static final String SHORT_PASSWORD = "abc123";
    private static final Pattern ORIGINAL_ID = Pattern.compile("\"id\":(\\d+),\"org_id\"");
    private static final Pattern ID_IN_TEXT = Pattern.compile("(?i)\\b(job|candidate)(\\s+#?)(\\d+)");
    private static final Pattern ID_IN_JSON = Pattern.compile("\"(job|candidate)_id\": (\\d+)");
    private static final Pattern RECORDED_MESSAGE = Pattern.compile("^\\{\"message\": (\"(?:[^\"\\\\]|\\\\.)*\")");

    private final HttpTestClient http;
    private final String run = Long.toString(System.nanoTime() % 10_000_000_000L);
    private final Map<String, Long> ids = new HashMap<>();
    private String token;
    private List<Object> history = new ArrayList<>();
    private boolean qnaMode;
    private String questionId;

    TrafficReplay(HttpTestClient http) {
        this.http = http;
        // Registered before the recording began; the walk's last login is this user's.
        Response other = http.postJson("/api/v1/auth/register", Map.of("email", "other.orig." + run + "@example.com",
                "password", "secret123", "org_name", "Other Co " + run));
        assertThat(other.status()).as(other.body()).isEqualTo(200);
    }

    Response send(Entry entry) {
        HttpTestClient client = entry.authenticated() ? http.bearer(token) : http;
        String body = substitute(entry.requestBody());
        if (entry.index() == 0) {
            Response refused = client.post(entry.path(), entry.contentType(), body);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.detail()).contains("at least 8 characters", "choose a longer password");
            body = body.replace("\"" + SHORT_PASSWORD + "\"", "\"" + SHORT_PASSWORD + "45\"");
        }
        if (entry.route().equals("/api/v1/chat/router")) {
            return client.postJson(entry.path(), chatBody(entry, client));
        }
        if (entry.contentType().startsWith("multipart/form-data")) {
            return upload(client, entry);
        }
        if (entry.method().equals("GET")) {
            return client.get(entry.path());
        }
        return client.post(entry.path(), entry.contentType(), ids(body, client));
    }

    /** Keeps what the front-end keeps: the token, the chat state; and maps the original's new ids to Keel's. */
    void learn(Entry entry, Response answer) {
        if (answer.status() != 200) {
            return;
        }
        JsonNode body = answer.json();
        switch (entry.route()) {
            case "/api/v1/auth/login" -> token = body.path("access_token").asString();
            case "/api/v1/chat/router" -> {
                history = new ArrayList<>();
                body.path("messages").forEach(m -> history.add(Map.of("role", m.path("role").asString(),
                        "content", m.path("content").asString())));
                qnaMode = body.path("qna_mode").asBoolean();
                questionId = body.path("current_question_id").isNull() ? null
                        : body.path("current_question_id").asString();
            }
            case "/api/v1/agent/jobs/from_req" -> {
                map("job", entry, body.path("job").path("id").asLong());
                String file = body.path("filename").asString();
                history.add(Map.of("role", "user", "content", "I uploaded a job description file '" + file + "'."));
                history.add(Map.of("role", "assistant", "content", body.path("summary").asString()));
            }
            case "/api/v1/agent/candidates/from_resume" -> map("candidate", entry, body.path("candidate").path("id").asLong());
            default -> {
            }
        }
    }

    static String message(Entry entry) {
        Matcher m = RECORDED_MESSAGE.matcher(entry.requestBody());
        assertThat(m.find()).as("#%d message", entry.index()).isTrue();
        return RecordedTraffic.JSON.readTree(m.group(1)).asString();
    }

    private void map(String kind, Entry entry, long keelId) {
        Matcher m = ORIGINAL_ID.matcher(entry.responseBody());
        if (m.find()) {
            ids.put(kind + ":" + m.group(1), keelId);
        }
    }

    /** A whole recorded chat request (a new conversation) is sent as recorded; a cut one is rebuilt from state. */
    private Map<String, Object> chatBody(Entry entry, HttpTestClient client) {
        String message = ids(message(entry), client);
        JsonNode recorded = entry.jsonRequest();
        if (recorded != null) {
            history = new ArrayList<>();
            recorded.path("messages").forEach(m -> history.add(Map.of("role", m.path("role").asString(),
                    "content", ids(m.path("content").asString(), client))));
            qnaMode = recorded.path("qna_mode").asBoolean();
            questionId = recorded.path("current_question_id").isNull() ? null
                    : recorded.path("current_question_id").asString();
        } else {
            history.add(Map.of("role", "user", "content", message));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("messages", history);
        body.put("user_type", "job_poster");
        body.put("qna_mode", qnaMode);
        body.put("current_question_id", questionId);
        return body;
    }

    private Response upload(HttpTestClient client, Entry entry) {
        Map<String, Part> parts = RecordedTraffic.parts(entry);
        Part file = parts.values().stream().filter(p -> p.filename() != null).findFirst().orElseThrow();
        byte[] content = switch (file.filename()) {
            case "resume_latin1.txt" -> Fixtures.latin1Text(); // recorded as text, its bytes lost
            case "resume_word97.doc" -> Fixtures.word97Doc();
            default -> file.text().getBytes(StandardCharsets.UTF_8);
        };
        Part notes = parts.get("notes");
        return Multipart.upload(client, entry.path(), file.name(), file.filename(), "application/octet-stream", content,
                notes == null ? null : notes.text());
    }

    private String substitute(String body) {
        return body.replace(RECORDED_RUN, run).replace("other.orig%40", "other.orig." + run + "%40")
                .replaceAll("password=" + SHORT_PASSWORD + "$", "password=" + SHORT_PASSWORD + "45");
    }

    /** The original's job and candidate numbers as Keel's; one the walk did not create is created first. */
    private String ids(String text, HttpTestClient client) {
        String mapped = ID_IN_TEXT.matcher(text).replaceAll(m -> m.group(1) + m.group(2)
                + keelId(m.group(1).toLowerCase(), m.group(3), client));
        return ID_IN_JSON.matcher(mapped).replaceAll(m -> "\"" + m.group(1) + "_id\": " + keelId(m.group(1), m.group(2),
                client));
    }

    private long keelId(String kind, String original, HttpTestClient client) {
        return ids.computeIfAbsent(kind + ":" + original, key -> {
            Response created = kind.equals("job")
                    ? client.postJson("/api/v1/jobs", Map.of("title", "Senior Backend Engineer", "location", "NYC",
                            "required_skills", List.of("Python", "FastAPI")))
                    : client.postJson("/api/v1/candidates", Map.of("full_name", "Dan Ray",
                            "current_title", "Senior Backend Engineer", "notes", "Python, FastAPI, PostgreSQL"));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            return created.json().path("id").asLong();
        });
    }
}
