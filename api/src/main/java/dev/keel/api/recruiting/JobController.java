package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.recruiting.body.JobCreateRequest;
import dev.keel.api.recruiting.body.JobUpdateRequest;
import dev.keel.domain.recruiting.JobFields;
import dev.keel.domain.recruiting.JobRepository;
import dev.keel.domain.recruiting.JobService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

/** Jobs of the caller's organization (seed 000, section 2). */
@RestController
@Tag(name = "recruiting")
@RequestMapping("/api/v1/jobs")
public class JobController {
    private final JobRepository jobs;
    private final JobService service;

    public JobController(JobRepository jobs, JobService service) {
        this.jobs = jobs;
        this.service = service;
    }

    @GetMapping
    @Operation(description = "status_filter is one of open, on_hold, closed (empty = no filter); q is a"
            + " case-insensitive title substring; limit defaults to 50, at most 100 (0 answers only the total).")
    @Parameter(name = "skip", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
    @Parameter(name = "limit", schema = @Schema(type = "integer", minimum = "0", maximum = "100", defaultValue = "50"))
    public Page<JobOut> list(Caller caller, @RequestParam(defaultValue = "0") int skip,
                             @RequestParam(defaultValue = "50") int limit,
                             @RequestParam(name = "status_filter", required = false) String statusFilter,
                             @RequestParam(required = false) String q) {
        var page = Page.query(skip, limit);
        if (statusFilter != null && statusFilter.isEmpty()) {
            statusFilter = null;
        }
        if (statusFilter != null && !JobFields.STATUSES.contains(statusFilter)) {
            throw ApiException.unprocessable("status_filter: must be one of open, on_hold, closed");
        }
        return new Page<>(jobs.list(caller.orgId(), statusFilter, q, page).stream().map(JobOut::of).toList(),
                jobs.count(caller.orgId(), statusFilter, q));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(description = "title is required; currency defaults to USD, status to open, is_public to false;"
            + " unset skill lists are null.")
    public JobOut create(Caller caller, @Valid @RequestBody JobCreateRequest body) {
        JobFields fields = body.over(JobFields.defaults());
        return JobOut.of(service.create(caller.orgId(), caller.userId(), fields));
    }

    @GetMapping("/{jobId}")
    public JobOut get(Caller caller, @PathVariable long jobId) {
        return jobs.find(caller.orgId(), jobId).map(JobOut::of).orElseThrow(JobController::notFound);
    }

    @PatchMapping("/{jobId}")
    @Operation(description = "Changes only the fields sent; an explicit null clears a nullable field. The merged"
            + " job is validated (e.g. salary_min <= salary_max).")
    public JobOut update(Caller caller, @PathVariable long jobId, @Valid @RequestBody JobUpdateRequest body) {
        var current = jobs.find(caller.orgId(), jobId).orElseThrow(JobController::notFound);
        JobFields merged = body.over(current.fields());
        return service.update(caller.orgId(), jobId, merged).map(JobOut::of).orElseThrow(JobController::notFound);
    }

    @DeleteMapping("/{jobId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(description = "Deletes the job together with its applications and match logs.")
    public void delete(Caller caller, @PathVariable long jobId) {
        if (!service.delete(caller.orgId(), jobId)) {
            throw notFound();
        }
    }

    private static ApiException notFound() {
        return ApiException.notFound("Job not found");
    }
}
