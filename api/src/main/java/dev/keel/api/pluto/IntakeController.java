package dev.keel.api.pluto;

import dev.keel.domain.pluto.IntakeFields;
import dev.keel.domain.pluto.IntakeGaps;
import dev.keel.domain.pluto.PlutoIntakeSubmissionRepository;
import io.swagger.v3.oas.annotations.Operation;
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
import tools.jackson.databind.JsonNode;

/** The candidate's side of the intake (public, authorized by the intake token; seed 002 "Candidate Intake"). */
@RestController
public class IntakeController {
    public record ValidateOut(boolean valid, String candidateName, List<String> gaps, Instant expiresAt) {
    }

    public record SubmitOut(String status, UUID submissionId) {
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

    @GetMapping("/api/intake/{candidateId}/validate")
    @Operation(description = "200 {valid: true, candidate_name, gaps}. Missing/invalid/other candidate's token 401, "
            + "expired or replaced link 410, link already used 409; always {\"detail\"} on errors.")
    public ValidateOut validate(@PathVariable String candidateId, @RequestParam(required = false) String token) {
        IntakeAccess.Granted granted = access.check(candidateId, token);
        var candidate = granted.candidate();
        List<String> gaps = IntakeGaps.of(candidate, contacts.contact(candidate.orgId(), candidate.id()));
        return new ValidateOut(true, candidate.name(), gaps, granted.intake().expiresAt());
    }

    @PostMapping("/api/intake/{candidateId}/submit")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(description = "Token as ?token= or body \"token\". Fields: name, job_title (title), location_city "
            + "(city), location_state (state), years_sales_experience (0..80), linkedin_headline (headline), phone, "
            + "email. 202, then the IntakeWorkflow updates and re-scores the candidate. Second use of a link 409.")
    public SubmitOut submit(@PathVariable String candidateId, @RequestParam(required = false) String token,
                            @RequestBody JsonNode body) {
        String presented = token != null ? token : IntakeSubmissionBody.token(body);
        IntakeAccess.Granted granted = access.check(candidateId, presented);
        IntakeFields fields = IntakeSubmissionBody.parse(body);
        return new SubmitOut("submitted", submissions.submit(granted.intake(), fields));
    }
}
