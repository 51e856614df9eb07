package dev.keel.api.pluto;

import dev.keel.api.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Intake links for Pluto candidates of the caller's organization (seed 002, "Generate Intake Link"). */
@RestController
public class IntakeLinkController {
    private final IntakeLinks links;

    public IntakeLinkController(IntakeLinks links) {
        this.links = links;
    }

    @PostMapping("/api/pluto/candidates/{candidateId}/intake-link")
    @Operation(description = "Issues a signed intake link (default 48 h) and starts or extends the candidate's "
            + "IntakeWorkflow; a previous open link of the candidate stops working (410). 409 while a submission is "
            + "being processed.")
    public IntakeLinks.IntakeLinkOut issue(Caller caller, @PathVariable String candidateId) {
        return links.issue(caller, candidateId);
    }
}
