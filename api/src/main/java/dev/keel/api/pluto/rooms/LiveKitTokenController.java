package dev.keel.api.pluto.rooms;

import dev.keel.api.pluto.Ids;
import dev.keel.api.pluto.intake.IntakeAccess;
import dev.keel.api.pluto.StrictText;
import dev.keel.api.identity.AuthenticationFilter;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.intake.IntakeGaps;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.intake.PlutoIntakeSubmissionRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** LiveKit tokens for the voice intake (seed 002, "Get LiveKit Token"). */
@RestController
@Tag(name = "pluto")
public class LiveKitTokenController {
    /** A LiveKit token is only needed to join; sessions are short. Intake tokens are also bounded by the link. */
    static final Duration MAX_TTL = Duration.ofHours(2);

    /** token is the candidate's intake token (or ?token=); without one, a recruiter's credentials are used. */
    @Schema(example = """
            {"candidate_id": "3f2b8c1e-6a4d-4e1b-9c2a-7d5e8f9a0b1c", "token": "eyJhbGciOiJIUzI1NiJ9..."}""")
    public record LiveKitTokenRequest(@StrictText @NotNull(message = "field required") String candidateId,
                                      @StrictText String token) {
    }

    public record LiveKitTokenResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String token,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String roomName,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String livekitUrl,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> questions) {
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
    @Operation(description = "A LiveKit token for room intake-{candidate_id}, with one question per missing profile"
            + " field. Authorized by the candidate's intake token, or else by a recruiter's credentials for their own"
            + " organization's candidate (the security requirements are that second way; a candidate needs"
            + " none).")
    @SecurityRequirement(name = "bearer")
    @SecurityRequirement(name = "api_key")
    @ApiError(status = 401, description = "No valid intake token and no valid credentials")
    @ApiError(status = 404, description = "A recruiter asked for a candidate outside their organization")
    @ApiError(status = 409, description = "The intake link was already used for a submission")
    @ApiError(status = 410, description = "The intake link has expired or was replaced")
    @ApiError(status = 503, description = "LiveKit is not configured")
    public LiveKitTokenResponse token(@Valid @RequestBody LiveKitTokenRequest body,
                                      @Parameter(description = "The intake token (may be sent in the body instead)")
                                      @RequestParam(required = false) String token,
                                      HttpServletRequest request) {
        String candidateId = body.candidateId();
        String intakeToken = token != null ? token : body.token();
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
        return new LiveKitTokenResponse(minted.token(), room, minted.livekitUrl(), IntakeGaps.questions(gaps));
    }
}
