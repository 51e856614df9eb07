package dev.keel.api.pluto.intake;

import dev.keel.api.platform.ApiError;
import dev.keel.domain.pluto.intake.IntakeGaps;
import dev.keel.domain.pluto.intake.PlutoIntakeSubmissionRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's side of the intake (public, authorized by the intake token; seed 002 "Candidate Intake"). */
@RestController
@Tag(name = "pluto")
public class IntakeController {
    private static final String TOKEN = "The intake token of the link (may be sent in the body instead)";

    public record IntakeValidateResponse(boolean valid,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String candidateName,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> gaps,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant expiresAt) {
    }

    public record IntakeSubmitResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UUID submissionId) {
    }

    private final IntakeAccess access;
    private final IntakeSubmissions submissions;
    private final PlutoIntakeSubmissionRepository contacts;

    public IntakeController(IntakeAccess access, IntakeSubmissions submissions,
                            PlutoIntakeSubmissionRepository contacts) {
        this.access = access;
        this.submissions = submissions;
        this.contacts = contacts;
    }

    @GetMapping("/api/intake/{candidate_id}/validate")
    @ApiError(status = 401, description = "Missing, malformed or foreign intake token, or another"
            + " candidate's")
    @ApiError(status = 409, description = "The link was already used for a submission")
    @ApiError(status = 410, description = "The link has expired or was replaced by a newer one")
    @Operation(description = "The candidate's name and the missing profile fields (gaps) for an open link.")
    public IntakeValidateResponse validate(@PathVariable("candidate_id") String candidateId,
                                     @Parameter(description = "The intake token of the link")
                                     @RequestParam(required = false) String token) {
        IntakeAccess.Granted granted = access.check(candidateId, token);
        var candidate = granted.candidate();
        List<String> gaps = IntakeGaps.of(candidate, contacts.contact(candidate.orgId(), candidate.id()));
        return new IntakeValidateResponse(true, candidate.name(), gaps, granted.intake().expiresAt());
    }

    @PostMapping("/api/intake/{candidate_id}/submit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(description = "202, then the IntakeWorkflow updates and re-scores the candidate. A link is used"
            + " once.")
    @ApiError(status = 401, description = "Missing, malformed or foreign intake token, or another"
            + " candidate's")
    @ApiError(status = 409, description = "The link was already used for a submission")
    @ApiError(status = 410, description = "The link has expired or was replaced by a newer one")
    @ApiError(status = 503, description = "Temporal is unavailable; the link stays usable")
    public IntakeSubmitResponse submit(@PathVariable("candidate_id") String candidateId,
                                 @Parameter(description = TOKEN) @RequestParam(required = false) String token,
                                 @Valid @RequestBody IntakeSubmissionRequest body) {
        String presented = token != null ? token : body.token();
        IntakeAccess.Granted granted = access.check(candidateId, presented);
        return new IntakeSubmitResponse("submitted", submissions.submit(granted.intake(), body.fields()));
    }
}
