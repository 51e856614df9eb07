package dev.keel.api.pluto.intake;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake links for Pluto candidates of the caller's organization (seed 002, "Generate Intake Link"). */
@RestController
@Tag(name = "pluto")
public class IntakeLinkController {
    private final IntakeLinks links;

    public IntakeLinkController(IntakeLinks links) {
        this.links = links;
    }

    @PostMapping("/api/pluto/candidates/{candidate_id}/intake-link")
    @Operation(description = "Issues a signed intake link (default 48 h) and starts or extends the candidate's "
            + "IntakeWorkflow; a previous open link of the candidate stops working (410).")
    @ApiError(status = 409, description = "A submission of the candidate is being processed")
    @ApiError(status = 503, description = "Temporal is unavailable")
    public IntakeLinks.IntakeLinkResponse issue(Caller caller, @PathVariable("candidate_id") String candidateId) {
        return links.issue(caller, candidateId);
    }
}
