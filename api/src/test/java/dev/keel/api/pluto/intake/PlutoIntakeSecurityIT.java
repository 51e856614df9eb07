package dev.keel.api.pluto.intake;

import dev.keel.api.pluto.PlutoTestSettings;
import static dev.keel.api.pluto.intake.IntakeFixtures.livekit;
import static dev.keel.api.pluto.intake.IntakeFixtures.submit;
import static dev.keel.api.pluto.intake.IntakeFixtures.token;
import static dev.keel.api.pluto.intake.IntakeFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.identity.SigningKeys;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import dev.keel.api.support.TestUsers.TestUser;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.jsonwebtoken.Jwts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Intake tokens cannot be forged, moved to another candidate or swapped with access tokens; bad input is 4xx. */
class PlutoIntakeSecurityIT extends KeelApiTest {
    @Autowired PlutoRunRepository runs;
    @Autowired PlutoCandidateRepository candidates;
    @Autowired IntakeTokens intakeTokens;
    @Autowired SigningKeys keys;
    @Autowired PlutoTestSettings.TestLiveKitSettings livekitSettings;

    private TestUser user;
    private HttpTestClient recruiter;
    private StoredPlutoCandidate dana;
    private StoredPlutoCandidate sam;

    @BeforeEach
    void setUp() {
        livekitSettings.use(IntakeFixtures.LIVEKIT_KEY, IntakeFixtures.LIVEKIT_SECRET, IntakeFixtures.LIVEKIT_URL);
        user = TestUsers.register(http(), "intake-sec");
        recruiter = http().bearer(user.accessToken());
        List<StoredPlutoCandidate> staged = IntakeFixtures.stage(runs, candidates, user.orgId());
        dana = staged.get(0);
        sam = staged.get(1);
    }

    private String link(StoredPlutoCandidate candidate) {
        Response link = recruiter.postJson("/api/pluto/candidates/" + candidate.id() + "/intake-link", "");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        return token(link);
    }

    @Test
    void linkIsOrgScoped() {
        TestUser other = TestUsers.register(http(), "intake-sec-other");
        HttpTestClient stranger = http().bearer(other.accessToken());
        for (String id : List.of(dana.id().toString(), UUID.randomUUID().toString(), "not-a-uuid", "1",
                dana.id().toString().toUpperCase() + "0")) {
            Response response = stranger.postJson("/api/pluto/candidates/" + id + "/intake-link", "");
            assertThat(response.status()).as(id + " " + response.body()).isEqualTo(404);
            assertThat(response.detail()).isEqualTo("Candidate not found");
        }
        assertThat(http().postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "").status())
                .isEqualTo(401);
    }

    @Test
    void tamperedForeignAndMissingTokensAre401() throws Exception {
        String danaToken = link(dana);
        String samToken = link(sam);
        String[] parts = danaToken.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String movedToSam = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace(dana.id().toString(), sam.id().toString()).getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        for (String bad : List.of(movedToSam, unsigned, "garbage", "a.b.c", "x".repeat(5_000), samToken,
                user.accessToken())) {
            Object candidate = bad == movedToSam ? sam.id() : dana.id();
            Response v = validate(http(), candidate, bad);
            assertThat(v.status()).as(v.body()).isEqualTo(401);
            assertThat(v.detail()).isEqualTo("Invalid intake token");
            assertThat(submit(http(), candidate, bad, "{\"title\": \"AE\"}").status()).isEqualTo(401);
            assertThat(livekit(http(), candidate, bad).status()).isEqualTo(401);
        }
        assertThat(validate(http(), "not-a-uuid", danaToken).status()).isEqualTo(401);
        Response missing = validate(http(), dana.id(), null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.detail()).isEqualTo("Intake token required");
        assertThat(http().postJson("/api/intake/" + dana.id() + "/submit", "{\"title\": \"AE\"}").status())
                .isEqualTo(401);
        // The genuine tokens still work, and an intake token is no bearer token.
        assertThat(validate(http(), dana.id(), danaToken).status()).isEqualTo(200);
        assertThat(http().bearer(danaToken).get("/api/auth/me").status()).isEqualTo(401);
        assertThat(http().bearer(danaToken).postJson("/api/pluto/candidates/" + dana.id() + "/intake-link", "")
                .status()).isEqualTo(401);
    }

    @Test
    void forgedExpiredTokenIs410AndAForgedFreshOneForAnUnknownLinkIs401() {
        String issued = link(dana);
        UUID jti = UUID.fromString(IntakeFixtures.payload(issued).path("jti").asString());
        String expired = Jwts.builder().header().keyId(keys.activeKid()).and()
                .issuer("keel").audience().single(IntakeTokens.AUDIENCE).subject(dana.id().toString())
                .id(jti.toString()).claim("org_id", user.orgId()).claim("type", IntakeTokens.TYPE)
                .expiration(Date.from(Instant.now().minusSeconds(60)))
                .signWith(keys.privateKey(), Jwts.SIG.RS256).compact();
        Response v = validate(http(), dana.id(), expired);
        assertThat(v.status()).as(v.body()).isEqualTo(410);
        assertThat(v.detail()).isEqualTo("Intake link has expired");
        assertThat(submit(http(), dana.id(), expired, "{\"title\": \"AE\"}").status()).isEqualTo(410);

        String unknownLink = intakeTokens.issue(user.orgId(), dana.id(), UUID.randomUUID(),
                Instant.now().plusSeconds(3600));
        assertThat(validate(http(), dana.id(), unknownLink).status()).isEqualTo(401);
        String otherOrg = intakeTokens.issue(user.orgId() + 1000, dana.id(), jti, Instant.now().plusSeconds(3600));
        assertThat(validate(http(), dana.id(), otherOrg).status()).isEqualTo(401);
    }

    @Test
    void badSubmissionsAre4xxAndLeaveTheLinkUsable() {
        String token = link(dana);
        String[] invalid = {
            "{\"years_sales_experience\": 81}", "{\"years_sales_experience\": -1}",
            "{\"years_sales_experience\": \"ten\"}", "{\"name\": \"\"}", "{\"name\": \"   \"}",
            "{\"name\": 42}", "{\"name\": \"" + "n".repeat(201) + "\"}",
            "{\"linkedin_headline\": \"" + "h".repeat(100_000) + "\"}", "{\"title\": [\"AE\"]}",
            "{\"email\": \"not-an-email\"}", "{\"phone\": \"call me\"}", "{\"favourite_colour\": \"blue\"}",
            "{}", "[]", "\"text\"", "{\"title\": \"AE\", \"job_title\": \"SDR\"}", "{\"name\": \"a\\u0000b\"}"};
        for (String body : invalid) {
            Response response = submit(http(), dana.id(), token, body);
            assertThat(response.status()).as(body.length() > 100 ? body.substring(0, 100) : body).isEqualTo(422);
            assertThat(response.detail()).isNotBlank();
        }
        Response malformed = submit(http(), dana.id(), token, "{\"title\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.detail()).isNotBlank();
        Response noBody = http().post("/api/intake/" + dana.id() + "/submit?token=" + token, "application/json", "");
        assertThat(noBody.status()).isBetween(400, 422);
        assertThat(http().postJson("/api/livekit/token", "{\"candidate_id\": 5}").status()).isEqualTo(422);
        assertThat(http().postJson("/api/livekit/token", "{}").status()).isEqualTo(422);
        assertThat(http().postJson("/api/livekit/token", "{oops").status()).isEqualTo(400);

        Response valid = validate(http(), dana.id(), token);
        assertThat(valid.status()).as(valid.body()).isEqualTo(200);
        assertThat(candidates.find(user.orgId(), dana.id()).orElseThrow().jobTitle()).isNull();
        // Token in the body instead of the query; aliases of the gap names are accepted.
        Response ok = http().postJson("/api/intake/" + dana.id() + "/submit",
                "{\"token\": \"" + token + "\", \"title\": \"AE\", \"years_sales_experience\": 0}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(202);
        assertThat(submit(http(), dana.id(), token, "{\"title\": \"AE\"}").status()).isEqualTo(409);
    }
}
