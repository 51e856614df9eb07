package dev.keel.api.recruiting;

import dev.keel.api.platform.ApiError;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.recruiting.CandidateMatch;
import dev.keel.domain.recruiting.JobMatch;
import dev.keel.domain.recruiting.MatchingService;
import dev.keel.domain.recruiting.RecruitingNotFoundException;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Matching API (seed 000 section 5): scores, reasons and strategy; every returned match is logged. */
@RestController
@Tag(name = "recruiting")
@RequestMapping("/api/v1/matching")
public class MatchingController {
    static final int DEFAULT_LIMIT = 20;

    private final MatchingService matching;

    public MatchingController(MatchingService matching) {
        this.matching = matching;
    }

    @Schema(name = "CandidatesForJobRequest", example = """
            {"job_id": 5, "limit": 20}""")
    public record CandidatesForJobRequest(@NotNull Long jobId,
                                          @Schema(defaultValue = "20") @Min(0) @Max(100) Integer limit) {
    }

    @Schema(name = "JobsForCandidateRequest", example = """
            {"candidate_id": 12, "limit": 20}""")
    public record JobsForCandidateRequest(@NotNull Long candidateId,
                                          @Schema(defaultValue = "20") @Min(0) @Max(100) Integer limit) {
    }

    @Schema(name = "CandidatesForJobResponse")
    public record CandidatesForJobResponse(long jobId,
                                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                           List<CandidateMatch> matches) {
    }

    @Schema(name = "JobsForCandidateResponse")
    public record JobsForCandidateResponse(long candidateId,
                                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<JobMatch> matches) {
    }

    @ApiError(status = 404, description = "No such job in the caller's organization")
    @PostMapping("/candidates_for_job")
    public CandidatesForJobResponse candidatesForJob(Caller caller, @Valid @RequestBody CandidatesForJobRequest body) {
        try {
            return new CandidatesForJobResponse(body.jobId(),
                    matching.candidatesForJob(caller.orgId(), body.jobId(), limit(body.limit())));
        } catch (RecruitingNotFoundException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    @ApiError(status = 404, description = "No such candidate in the caller's organization")
    @PostMapping("/jobs_for_candidate")
    public JobsForCandidateResponse jobsForCandidate(Caller caller, @Valid @RequestBody JobsForCandidateRequest body) {
        try {
            return new JobsForCandidateResponse(body.candidateId(),
                    matching.jobsForCandidate(caller.orgId(), body.candidateId(), limit(body.limit())));
        } catch (RecruitingNotFoundException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    private static int limit(Integer limit) {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
