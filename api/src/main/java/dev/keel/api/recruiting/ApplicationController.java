package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiError;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.recruiting.body.ApplicationCreateRequest;
import dev.keel.api.recruiting.body.ApplicationUpdateRequest;
import dev.keel.domain.recruiting.ApplicationFields;
import dev.keel.domain.recruiting.ApplicationRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Applications (a candidate in a job's pipeline) of the caller's organization (seed 000, section 4). */
@RestController
@Tag(name = "recruiting")
@RequestMapping("/api/v1/applications")
public class ApplicationController {
    private final ApplicationRepository applications;

    public ApplicationController(ApplicationRepository applications) {
        this.applications = applications;
    }

    @GetMapping
    @Parameter(name = "skip", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
    @Parameter(name = "limit", schema = @Schema(type = "integer", minimum = "0", maximum = "100", defaultValue = "50"))
    public Page<ApplicationOut> list(Caller caller, @RequestParam(defaultValue = "0") int skip,
                                     @RequestParam(defaultValue = "50") int limit,
                                     @RequestParam(name = "job_id", required = false) Long jobId,
                                     @RequestParam(name = "candidate_id", required = false) Long candidateId) {
        var page = Page.query(skip, limit);
        return new Page<>(applications.list(caller.orgId(), jobId, candidateId, page).stream()
                .map(ApplicationOut::of).toList(), applications.count(caller.orgId(), jobId, candidateId));
    }

    @ApiError(status = 404, description = "The job or the candidate is not in the caller's organization")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(description = "status (default sourced: sourced, screening, interview, offer, hired, rejected), source"
            + " (default manual) and fit_score (0..100) are optional. 404 when the job or candidate is not in the"
            + " caller's organization; 400 when an application for the pair already exists.")
    public ApplicationOut create(Caller caller, @Valid @RequestBody ApplicationCreateRequest body) {
        long jobId = body.job();
        long candidateId = body.candidate();
        ApplicationFields fields = body.fields();
        try {
            long id = applications.insert(caller.orgId(), jobId, candidateId, fields)
                    .orElseThrow(() -> ApiException.notFound("Job or candidate not found"));
            return get(caller, id);
        } catch (DuplicateKeyException e) {
            throw ApiException.badRequest("Application already exists for this job and candidate");
        } catch (DataIntegrityViolationException e) {
            // the job or candidate was deleted concurrently, between the INSERT's SELECT and its FK check
            throw ApiException.notFound("Job or candidate not found");
        }
    }

    @GetMapping("/{applicationId}")
    public ApplicationOut get(Caller caller, @PathVariable long applicationId) {
        return applications.find(caller.orgId(), applicationId).map(ApplicationOut::of).orElseThrow(this::notFound);
    }

    @PatchMapping("/{applicationId}")
    @Operation(description = "Changes only status, source and fit_score as sent; fit_score null clears it.")
    public ApplicationOut update(Caller caller, @PathVariable long applicationId,
                                 @Valid @RequestBody ApplicationUpdateRequest body) {
        var current = applications.find(caller.orgId(), applicationId).orElseThrow(this::notFound);
        ApplicationFields merged = body.over(current.fields());
        if (!applications.update(caller.orgId(), applicationId, merged)) {
            throw notFound();
        }
        return get(caller, applicationId);
    }

    @DeleteMapping("/{applicationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(Caller caller, @PathVariable long applicationId) {
        if (!applications.delete(caller.orgId(), applicationId)) {
            throw notFound();
        }
    }

    private ApiException notFound() {
        return ApiException.notFound("Application not found");
    }
}
