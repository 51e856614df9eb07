package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.KeelApiTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hand-made corpus of hostile or broken requests, sent as exact bytes: each gets its 4xx with
 * {@code {"detail": ...}} in JSON, never a 500, never an HTML page, never a stack trace.
 */
class BadInputCorpusIT extends KeelApiTest {
    private static final int LIMIT = 1_048_576;
    private static final String JSON = "Content-Type: application/json";
    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";

    static Stream<Arguments> corpus() {
        return Stream.of(
                // Query strings (no login needed on these routes).
                bad("empty parameter name", 400, post("/api/v1/auth/login?=x", JSON, "{}")),
                bad("empty parameter name alone", 400, get("/api/runs?=")),
                bad("bad %-escape in query", 400, get("/api/runs?limit=%zz")),
                bad("truncated %-escape in query", 400, post("/api/v1/auth/login?a=%", JSON, "{}")),
                bad("invalid UTF-8 in query", 400, get("/api/runs?q=%C3%28")),
                bad("overlong UTF-8 in query", 400, get("/api/runs?q=%C0%AF")),
                bad("NUL in query value", 400, get("/api/runs?q=a%00b")),
                bad("NUL in query name", 400, get("/api/runs?a%00b=1")),
                // Form bodies.
                bad("bad %-escape in form body", 400, post("/api/v1/auth/login", FORM, "username=%zz&password=x")),
                bad("invalid UTF-8 in form body", 400, post("/api/v1/auth/login", FORM, "username=%FF&password=x")),
                bad("NUL in form body", 400, post("/api/v1/auth/login", FORM, "username=a%00b&password=x")),
                bad("empty name in form body", 400, post("/api/v1/auth/login", FORM, "=x&password=x")),
                // JSON bodies.
                bad("NUL in a JSON string", 422, post("/api/v1/auth/register", JSON,
                        "{\"email\":\"a\\u0000b@example.com\",\"password\":\"long-enough-1\"}")),
                bad("NUL in a JSON property name", 422, post("/api/auth/login", JSON,
                        "{\"em\\u0000ail\":\"a@example.com\",\"password\":\"x\"}")),
                bad("NUL deep in a JSON array", 422, post("/api/auth/login", JSON,
                        "{\"email\":\"a@example.com\",\"password\":\"x\",\"extra\":[{\"k\":[\"\\u0000\"]}]}")),
                bad("lone high surrogate", 422, post("/api/v1/auth/register", JSON,
                        "{\"email\":\"a\\ud800@example.com\",\"password\":\"long-enough-1\"}")),
                bad("lone low surrogate", 422, post("/api/v1/auth/register", JSON,
                        "{\"email\":\"a\\udc00@example.com\",\"password\":\"long-enough-1\"}")),
                bad("reversed surrogate pair", 422, post("/api/v1/auth/register", JSON,
                        "{\"email\":\"a\\udc00\\ud800@example.com\",\"password\":\"long-enough-1\"}")),
                bad("duplicate JSON key", 400, post("/api/v1/auth/register", JSON,
                        "{\"email\":\"a@example.com\",\"email\":\"b@example.com\",\"password\":\"long-enough-1\"}")),
                bad("invalid UTF-8 in a JSON body", 400, request("POST /api/v1/auth/register", JSON,
                        new byte[] {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xC3, '(', '"', '}'})),
                bad("truncated JSON", 400, post("/api/auth/login", JSON, "{\"email\":")),
                // Cookies and /error.
                bad("bad %-escape in refresh cookie", 401,
                        request("POST /api/auth/refresh", "Cookie: refresh_token=%zz", new byte[0])),
                bad("invalid UTF-8 escape in refresh cookie", 401,
                        request("POST /api/auth/refresh", "Cookie: refresh_token=%E0%A4%A", new byte[0])),
                // not a public route: the gate answers first, as for every unknown path
                bad("/error called directly", 401, get("/error")),
                bad("/error posted directly", 401, post("/error", JSON, "{}")),
                // Refused by Tomcat before the application: still JSON.
                bad("bare % in the path", 400, get("/api/runs/%")),
                bad("invalid UTF-8 in the path", 400, get("/api/runs/%C3%28")),
                bad("no Host header", 400, new byte[][] {"GET /health HTTP/1.1".getBytes(StandardCharsets.ISO_8859_1),
                        new byte[0]}),
                // Sizes: the limit counts bytes read, whatever the framing.
                bad("declared Content-Length over the limit", 413, request("POST /api/v1/auth/register",
                        JSON + "\r\nContent-Length: " + (LIMIT + 1), new byte[0], false)),
                bad("chunked JSON body over the limit", 413, chunked("/api/v1/auth/register", JSON, bigJson())),
                bad("chunked JSON login over the limit", 413, chunked("/api/auth/login", JSON, bigJson())),
                bad("chunked form body over the limit", 413, chunked("/api/v1/auth/login", FORM,
                        ("username=" + "a".repeat(LIMIT + 10)).getBytes(StandardCharsets.US_ASCII))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersA4xxWithDetail(String name, int status, byte[][] request) {
        RawHttp.Response response = RawHttp.send(port, new String(request[0], StandardCharsets.ISO_8859_1),
                request[1]);

        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(status);
        assertThat(response.contentType()).as(name).startsWith("application/json");
        assertThat(response.body()).as(name).matches("(?s)\\{\"detail\":\"[^\"]+\"}");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static Arguments bad(String name, int status, byte[][] request) {
        return Arguments.of(name, status, request);
    }

    private static byte[][] get(String target) {
        return request("GET " + target, null, new byte[0]);
    }

    private static byte[][] post(String target, String contentType, String body) {
        return request("POST " + target, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[][] chunked(String target, String contentType, byte[] body) {
        return request("POST " + target, contentType + "\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(body, 64 * 1024), false);
    }

    private static byte[][] request(String requestLine, String headers, byte[] body) {
        return request(requestLine, headers, body, true);
    }

    private static byte[][] request(String requestLine, String headers, byte[] body, boolean withLength) {
        StringBuilder head = new StringBuilder(requestLine).append(" HTTP/1.1\r\nHost: localhost");
        if (headers != null) {
            head.append("\r\n").append(headers);
        }
        if (withLength) {
            head.append("\r\nContent-Length: ").append(body.length);
        }
        return new byte[][] {head.toString().getBytes(StandardCharsets.ISO_8859_1), body};
    }

    private static byte[] bigJson() {
        byte[] body = new byte[LIMIT + 1024];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"email\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }
}
