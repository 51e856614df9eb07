package dev.keel.api.pluto.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.domain.pluto.scoring.PlutoCandidate;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.temporal.WorkflowIds;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Pluto candidates staged directly in the database (no upload) and helpers to read intake links. */
public final class IntakeFixtures {
    static final String LIVEKIT_KEY = "APIintaketest";
    static final String LIVEKIT_SECRET = "intake-test-secret-with-at-least-32-bytes!!";
    static final String LIVEKIT_URL = "wss://livekit.intake.test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IntakeFixtures() {
    }

    /** Two candidates in a finished run of the organization: one with gaps, one complete except contacts. */
    public static List<StoredPlutoCandidate> stage(PlutoRunRepository runs, PlutoCandidateRepository candidates, long orgId) {
        UUID runId = UUID.randomUUID();
        runs.create(new PlutoRun(runId, orgId, WorkflowIds.plutoScoring(runId.toString()), "intake.csv", null, true,
                "complete", "complete", "", 2, null, null), null, "name\n".getBytes(StandardCharsets.UTF_8));
        runs.updateProgress(runId, "complete", "complete", "", true);
        candidates.stage(orgId, runId, List.of(
                candidate(1, "Dana Seller", null, "Austin", null, null, null),
                candidate(2, "Sam Closer", "Account Executive", "Denver", "CO", 6.0, "Enterprise AE")));
        return candidates.rows(runId, 1, 2);
    }

    static PlutoCandidate candidate(long row, String name, String title, String city, String state, Double years,
                                    String headline) {
        return new PlutoCandidate(row, name, title, city, state, years, headline, null, List.of(), List.of(),
                List.of(), List.of(), Map.of());
    }

    /** The token of an intake_url. */
    public static String token(Response link) {
        String url = link.json().path("intake_url").asString();
        return url.substring(url.indexOf("?token=") + "?token=".length());
    }

    static JsonNode payload(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    public static Response validate(HttpTestClient http, Object candidateId, String token) {
        return http.get("/api/intake/" + candidateId + "/validate"
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    static Response submit(HttpTestClient http, Object candidateId, String token, String json) {
        return http.postJson("/api/intake/" + candidateId + "/submit?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8), json);
    }

    static Response livekit(HttpTestClient http, Object candidateId, String token) {
        return http.postJson("/api/livekit/token", token == null ? Map.of("candidate_id", candidateId.toString())
                : Map.of("candidate_id", candidateId.toString(), "token", token));
    }
}
