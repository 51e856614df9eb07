package dev.keel.api.pluto;

import dev.keel.api.identity.AuthenticationFilter;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.IntakeGaps;
import dev.keel.domain.pluto.PlutoCandidateRepository;
import dev.keel.domain.pluto.PlutoIntakeSubmissionRepository;
import dev.keel.domain.pluto.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** LiveKit tokens for the voice intake (seed 002, "Get LiveKit Token"). */
@RestController
public class LiveKitTokenController {
    /** A LiveKit token is only needed to join; sessions are short. Intake tokens are also bounded by the link. */
    static final Duration MAX_TTL = Duration.ofHours(2);

    public record LiveKitTokenOut(String token, String roomName, String livekitUrl, List<String> questions) {
    }

    private final IntakeAccess access;
    private final PlutoCandidateRepository candidates;
    private final PlutoIntakeSubmissionRepository contacts;
    private final LiveKitTokens livekit;
    private final Clock clock;

    public LiveKitTokenController(IntakeAccess access, PlutoCandidateRepository candidates,
                                  PlutoIntakeSubmissionRepository contacts, LiveKitTokens livekit, Clock clock) {
        this.access = access;
        this.candidates = candidates;
        this.contacts = contacts;
        this.livekit = livekit;
        this.clock = clock;
    }

    @PostMapping("/api/livekit/token")
    @Operation(description = "Body {candidate_id, token}; the intake token may also be ?token=. Without an intake "
            + "token a recruiter's bearer token for their own organization's candidate is accepted. Room "
            + "intake-{candidate_id}; one question per missing profile field. 503 when LiveKit is not configured.")
    public LiveKitTokenOut token(@RequestBody JsonNode body, @RequestParam(required = false) String token,
                                 HttpServletRequest request) {
        if (body == null || !body.isObject()) {
            throw ApiException.unprocessable("Request body must be a JSON object");
        }
        JsonNode idNode = body.get("candidate_id");
        if (idNode == null || idNode.isNull()) {
            throw ApiException.unprocessable("candidate_id: field required");
        }
        if (!idNode.isString()) {
            throw ApiException.unprocessable("candidate_id: must be a string");
        }
        String candidateId = idNode.stringValue();
        String intakeToken = token != null ? token : IntakeSubmissionBody.token(body);
        StoredPlutoCandidate candidate;
        String identity;
        String participantName;
        Duration ttl = MAX_TTL;
        if (intakeToken != null || !(request.getAttribute(Caller.ATTRIBUTE) instanceof Caller)) {
            if (intakeToken == null && request.getAttribute(AuthenticationFilter.FAILURE) instanceof String failure) {
                throw ApiException.unauthorized(failure);
            }
            IntakeAccess.Granted granted = access.check(candidateId, intakeToken);
            candidate = granted.candidate();
            identity = candidate.id().toString();
            participantName = candidate.name();
            Duration left = Duration.between(clock.instant(), granted.intake().expiresAt());
            ttl = left.compareTo(MAX_TTL) < 0 ? left : MAX_TTL;
        } else {
            Caller caller = (Caller) request.getAttribute(Caller.ATTRIBUTE);
            candidate = candidates.find(caller.orgId(), Ids.candidate(candidateId))
                    .orElseThrow(() -> ApiException.notFound("Candidate not found"));
            // Never the candidate's identity: LiveKit would disconnect the candidate when the recruiter joins.
            identity = caller.userId() != null ? "recruiter-" + caller.userId() : "org-" + caller.orgId() + "-service";
            participantName = "Recruiter";
        }
        livekit.requireConfigured();
        List<String> gaps = IntakeGaps.of(candidate, contacts.contact(candidate.orgId(), candidate.id()));
        String room = "intake-" + candidate.id();
        LiveKitTokens.Minted minted = livekit.mint(identity, participantName, room, ttl);
        return new LiveKitTokenOut(minted.token(), room, minted.livekitUrl(), IntakeGaps.questions(gaps));
    }
}
