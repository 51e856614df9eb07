package dev.keel.api.studio.runs;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.identity.UserRepository;
import dev.keel.domain.studio.runs.StudioRateLimits;
import dev.keel.domain.studio.runs.StudioRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A user's benchmark limits: their own status, and the admin's view and setting of any user of the organization. */
@RestController
@Tag(name = "studio")
public class RateLimitController {
    private final StudioRateLimits limits;
    private final StudioRuns runs;
    private final UserRepository users;

    public RateLimitController(StudioRateLimits limits, StudioRuns runs, UserRepository users) {
        this.limits = limits;
        this.runs = runs;
        this.users = users;
    }

    /** The seed's shape: the hourly limit, what is left of it, and the window. */
    public record RateLimitStatus(int limit, int remaining, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String window,
                                  int maxConcurrent, int maxRunsPerBenchmark) {
    }

    /** An admin's view and setting of a user's limits (defaults 2000 / 1 / 20). */
    @Schema(example = """
            {"benchmarks_per_hour": 20, "max_concurrent": 1, "max_runs_per_benchmark": 10}""")
    public record UserRateLimit(
            @Min(value = 1, message = "benchmarks_per_hour must be between 1 and 10000")
            @Max(value = 10000, message = "benchmarks_per_hour must be between 1 and 10000") Integer benchmarksPerHour,
            @Min(value = 1, message = "max_concurrent must be between 1 and 50")
            @Max(value = 50, message = "max_concurrent must be between 1 and 50") Integer maxConcurrent,
            @Min(value = 1, message = "max_runs_per_benchmark must be between 1 and 100")
            @Max(value = 100, message = "max_runs_per_benchmark must be between 1 and 100") Integer maxRunsPerBenchmark) {
    }

    @GetMapping("/api/user/rate-limit")
    @Operation(description = "The caller's hourly benchmark limit and what is left of it")
    RateLimitStatus mine(Caller caller) {
        long userId = StudioCallers.userId(caller);
        StudioRateLimits.Limits mine = limits.of(userId);
        int used = runs.countSince(userId, Instant.now().minus(Duration.ofHours(1)));
        return new RateLimitStatus(mine.benchmarksPerHour(), Math.max(0, mine.benchmarksPerHour() - used), "1 hour",
                mine.maxConcurrent(), mine.maxRunsPerBenchmark());
    }

    @GetMapping("/api/admin/users/{user_id}/rate-limit")
    @Operation(description = "A user's limits (the defaults when none were set). Admin only.")
    UserRateLimit get(Caller caller, @PathVariable("user_id") long userId) {
        member(caller, userId);
        StudioRateLimits.Limits l = limits.of(userId);
        return new UserRateLimit(l.benchmarksPerHour(), l.maxConcurrent(), l.maxRunsPerBenchmark());
    }

    /** What PUT answers: ok and the limits now in force. */
    public record RateLimitSaved(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) UserRateLimit limits) {
    }

    @PutMapping("/api/admin/users/{user_id}/rate-limit")
    @Operation(description = "Sets a user's limits; absent fields keep their current value. Admin only.")
    @ApiError(status = 404, description = "No user with that id in the caller's organization")
    RateLimitSaved put(Caller caller, @PathVariable("user_id") long userId, @Valid @RequestBody UserRateLimit body) {
        member(caller, userId);
        StudioRateLimits.Limits current = limits.of(userId);
        StudioRateLimits.Limits next = new StudioRateLimits.Limits(
                body.benchmarksPerHour() == null ? current.benchmarksPerHour() : body.benchmarksPerHour(),
                body.maxConcurrent() == null ? current.maxConcurrent() : body.maxConcurrent(),
                body.maxRunsPerBenchmark() == null ? current.maxRunsPerBenchmark() : body.maxRunsPerBenchmark());
        limits.put(userId, next);
        return new RateLimitSaved("ok", new UserRateLimit(next.benchmarksPerHour(), next.maxConcurrent(),
                next.maxRunsPerBenchmark()));
    }

    private void member(Caller caller, long userId) {
        StudioCallers.requireAdmin(caller);
        if (users.findById(caller.orgId(), userId).isEmpty()) {
            throw ApiException.notFound("User not found");
        }
    }
}
