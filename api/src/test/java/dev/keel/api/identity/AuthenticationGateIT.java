package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The gate is closed by default: every route that is not in {@link PublicEndpoints} answers 401 without a credential. */
class AuthenticationGateIT extends KeelApiTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Call(String method, String path) {
    }

    @Test
    void everyNonPublicHandlerAnswers401WithoutCredentials() {
        List<Call> calls = new ArrayList<>();
        List<Call> publicCalls = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<String> names = methods.isEmpty() ? List.of("GET", "POST", "PUT", "PATCH", "DELETE")
                    : methods.stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                String path = concrete(pattern);
                for (String method : names) {
                    (PublicEndpoints.isPublic(method, path, Set.of()) ? publicCalls : calls).add(new Call(method, path));
                }
            }
        }
        assertThat(calls).as("the app's routes were enumerated").hasSizeGreaterThan(60);
        List<String> open = new ArrayList<>();
        for (Call call : calls) {
            Response r = http().send(http().builder(call.path()).header("Content-Type", "application/json")
                    .method(call.method(), HttpRequest.BodyPublishers.ofString("{}")));
            if (r.status() != 401 || !r.body().contains("\"detail\"")) {
                open.add(call + " -> " + r.status() + " " + r.body());
            }
        }
        assertThat(open).as("non-public routes that did not answer 401").isEmpty();
        System.out.printf("%d non-public method+route pairs answered 401; %d public%n", calls.size(),
                publicCalls.size());
        // Every public route names a real handler (a stale entry would hide a typo that opens nothing, or worse).
        for (PublicEndpoints.Route route : PublicEndpoints.ROUTES) {
            String p = route.pattern().getPatternString();
            if (!p.startsWith("/actuator") && !p.startsWith("/docs") && !p.startsWith("/swagger-ui")
                    && !p.startsWith("/openapi.json")) {
                assertThat(Stream.concat(calls.stream(), publicCalls.stream())).as("public route " + p)
                        .anyMatch(c -> c.path().equals(concrete(p)));
            }
        }
    }

    @Test
    void authenticationComesBeforeContentTypeAndBody() {
        Response multipart = http().post("/api/pluto/upload", "multipart/form-data; boundary=x",
                "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\na,b\r\n--x--\r\n");
        assertThat(multipart.status()).isEqualTo(401);
        assertThat(multipart.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(http().post("/api/v1/jobs", "text/plain", "hello").status()).isEqualTo(401);
        assertThat(http().get("/no/such/route").status()).isEqualTo(401);
        assertThat(http().bearer("not-a-token").get("/api/auth/me").detail()).isEqualTo("Invalid token");
    }

    @Test
    void bodilessLoginIs422() {
        HttpTestClient client = http().header("X-Forwarded-For", Accounts.uniqueIp());
        Response v2 = client.send(client.builder("/api/auth/login").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(v2.status()).as(v2.body()).isEqualTo(422);
        Response v1 = client.send(client.builder("/api/v1/auth/login").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(v1.status()).as(v1.body()).isEqualTo(422);
        assertThat(client.post("/api/auth/login", "text/plain", "x").status()).isEqualTo(415);
    }

    /** A request path for a pattern: each variable and wildcard becomes a plain segment. */
    static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^/]*}", "1").replace("/**", "/x").replace("*", "x");
    }
}
