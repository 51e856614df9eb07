package dev.keel.api.pluto.intake;

import dev.keel.api.pluto.intake.IntakeTokens.IntakeClaims;
import dev.keel.api.pluto.intake.IntakeTokens.InvalidIntakeToken;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.intake.PlutoIntake;
import dev.keel.domain.pluto.intake.PlutoIntakeRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Decides whether an intake token grants access to a candidate's intake, with one answer per failure shared by
 * validate, submit and the LiveKit token: missing, malformed, tampered, foreign or another candidate's token 401;
 * a link replaced by a newer one or expired 410; a link already used for a submission 409.
 */
@Component
public class IntakeAccess {
    static final String MISSING = "Intake token required";
    static final String INVALID = "Invalid intake token";
    static final String EXPIRED = "Intake link has expired";
    static final String REPLACED = "Intake link was replaced by a newer one";
    static final String USED = "Intake has already been submitted with this link";

    /** An open intake link and its candidate. */
    public record Granted(PlutoIntake intake, StoredPlutoCandidate candidate) {
    }

    private final IntakeTokens tokens;
    private final PlutoIntakeRepository intakes;
    private final PlutoCandidateRepository candidates;
    private final Clock clock;

    public IntakeAccess(IntakeTokens tokens, PlutoIntakeRepository intakes, PlutoCandidateRepository candidates,
                        Clock clock) {
        this.tokens = tokens;
        this.intakes = intakes;
        this.candidates = candidates;
        this.clock = clock;
    }

    public Granted check(String candidateId, String token) {
        if (token == null || token.isBlank()) {
            throw ApiException.unauthorized(MISSING);
        }
        IntakeClaims claims;
        try {
            claims = tokens.verify(token);
        } catch (InvalidIntakeToken e) {
            throw e.expired() ? gone(EXPIRED) : ApiException.unauthorized(INVALID);
        }
        if (!claims.candidateId().toString().equalsIgnoreCase(candidateId == null ? "" : candidateId.trim())) {
            throw ApiException.unauthorized(INVALID);
        }
        PlutoIntake intake = intakes.find(claims.intakeId())
                .filter(i -> i.orgId() == claims.orgId() && i.candidateId().equals(claims.candidateId()))
                .orElseThrow(() -> ApiException.unauthorized(INVALID));
        refuseUnusable(intake);
        StoredPlutoCandidate candidate = candidates.find(intake.orgId(), intake.candidateId())
                .orElseThrow(() -> ApiException.notFound("Candidate not found"));
        return new Granted(intake, candidate);
    }

    /** Throws the answer for a link that is not open (or past its expiry); returns for an open one. */
    void refuseUnusable(PlutoIntake intake) {
        switch (intake.status()) {
            case PlutoIntake.REVOKED -> throw gone(REPLACED);
            case PlutoIntake.SUBMITTED, PlutoIntake.COMPLETED -> throw ApiException.conflict(USED);
            default -> {
                if (intake.expiredAt(clock.instant())) {
                    throw gone(EXPIRED);
                }
            }
        }
    }

    static ApiException gone(String detail) {
        return new ApiException(HttpStatus.GONE, detail);
    }
}
