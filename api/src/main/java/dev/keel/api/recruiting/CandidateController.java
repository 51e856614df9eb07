package dev.keel.api.recruiting;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.api.recruiting.body.CandidateCreateRequest;
import dev.keel.api.recruiting.body.CandidateUpdateRequest;
import dev.keel.domain.recruiting.CandidateFields;
import dev.keel.domain.recruiting.CandidateRepository;
import dev.keel.domain.recruiting.CandidateService;
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

/** Candidates of the caller's organization (seed 000, section 3). */
@RestController
@Tag(name = "recruiting")
@RequestMapping("/api/v1/candidates")
public class CandidateController {
    private final CandidateRepository candidates;
    private final CandidateService service;

    public CandidateController(CandidateRepository candidates, CandidateService service) {
        this.candidates = candidates;
        this.service = service;
    }

    @GetMapping
    @Operation(description = "q is a case-insensitive full_name substring; limit defaults to 50, at most 100"
            + " (0 answers only the total).")
    @Parameter(name = "skip", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
    @Parameter(name = "limit", schema = @Schema(type = "integer", minimum = "0", maximum = "100", defaultValue = "50"))
    public Page<CandidateOut> list(Caller caller, @RequestParam(defaultValue = "0") int skip,
                                   @RequestParam(defaultValue = "50") int limit,
                                   @RequestParam(required = false) String q) {
        var page = Page.query(skip, limit);
        return new Page<>(candidates.list(caller.orgId(), q, page).stream().map(CandidateOut::of).toList(),
                candidates.count(caller.orgId(), q));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CandidateOut create(Caller caller, @Valid @RequestBody CandidateCreateRequest body) {
        CandidateFields fields = body.over(CandidateFields.empty());
        return CandidateOut.of(service.create(caller.orgId(), fields));
    }

    @GetMapping("/{candidateId}")
    public CandidateOut get(Caller caller, @PathVariable long candidateId) {
        return candidates.find(caller.orgId(), candidateId).map(CandidateOut::of).orElseThrow(this::notFound);
    }

    @PatchMapping("/{candidateId}")
    @Operation(description = "Changes only the fields sent; an explicit null clears a nullable field.")
    public CandidateOut update(Caller caller, @PathVariable long candidateId,
                               @Valid @RequestBody CandidateUpdateRequest body) {
        var current = candidates.find(caller.orgId(), candidateId).orElseThrow(this::notFound);
        CandidateFields merged = body.over(current.fields());
        return service.update(caller.orgId(), candidateId, merged).map(CandidateOut::of).orElseThrow(this::notFound);
    }

    @DeleteMapping("/{candidateId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(description = "Deletes the candidate together with their applications and match logs.")
    public void delete(Caller caller, @PathVariable long candidateId) {
        if (!service.delete(caller.orgId(), candidateId)) {
            throw notFound();
        }
    }

    private ApiException notFound() {
        return ApiException.notFound("Candidate not found");
    }
}
