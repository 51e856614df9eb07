package dev.keel.api.studio;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.TestUsers;
import java.net.http.HttpRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** A studio user over HTTP: their token, id, and JSON calls including DELETE and PUT with a body. */
public record StudioClient(HttpTestClient http, String email, long userId) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static StudioClient register(HttpTestClient anonymous, JdbcClient jdbc, String prefix) {
        TestUsers.TestUser user = TestUsers.register(anonymous, prefix);
        long id = jdbc.sql("SELECT id FROM users WHERE email = ?").param(user.email()).query(Long.class).single();
        return new StudioClient(anonymous.bearer(user.accessToken()), user.email(), id);
    }

    public Response get(String path) {
        return http.get(path);
    }

    /** A String body is sent as is (raw JSON); anything else is serialized. */
    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path, Object body) {
        return send("DELETE", path, body);
    }

    public Response send(String method, String path, Object body) {
        String json = body instanceof String s ? s : JSON.writeValueAsString(body);
        return http.send(http.builder(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Makes this user the platform (studio) admin until closed, then restores the flag: AuthIT counts exactly one
     * platform admin in the database the test classes share.
     */
    public AutoCloseable promoted(JdbcClient jdbc) {
        boolean was = jdbc.sql("SELECT is_platform_admin FROM users WHERE id = ?").param(userId)
                .query(Boolean.class).single();
        jdbc.sql("UPDATE users SET is_platform_admin = true WHERE id = ?").param(userId).update();
        return () -> jdbc.sql("UPDATE users SET is_platform_admin = ? WHERE id = ?").params(was, userId).update();
    }
}
