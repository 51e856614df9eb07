package dev.keel.api.autopack.dashboard;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.dashboard.BuildUsage;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Token usage of the caller's organization's build runs in the last day, week or month (1, 7 or 30 days). */
@RestController
@Tag(name = "autopack")
public class UsageController {
    /** The seed's default run token cap, the original's settings.run_token_cap. */
    static final long RUN_TOKEN_CAP = 5_000_000;
    private static final Map<String, Duration> PERIODS = Map.of("day", Duration.ofDays(1), "week",
            Duration.ofDays(7), "month", Duration.ofDays(30));

    private final BuildUsage usage;

    public UsageController(BuildUsage usage) {
        this.usage = usage;
    }

    @GetMapping("/dashboard/usage")
    @ApiError(status = 400, description = "period is not day, week or month")
    public UsageResponse usage(Caller caller,
                               @Parameter(schema = @Schema(allowableValues = {"day", "week", "month"}))
                               @RequestParam(value = "period", defaultValue = "week") String period) {
        Duration window = PERIODS.get(period);
        if (window == null) {
            throw ApiException.badRequest("Invalid period: " + period + " (expected day, week or month)");
        }
        List<BuildUsage.ModelTotal> totals = usage.since(caller.orgId(), Instant.now().minus(window));
        Map<String, Long> byProvider = new LinkedHashMap<>();
        totals.forEach(t -> byProvider.merge(t.provider(), t.totalTokens(), Long::sum));
        List<UsageResponse.ProviderUsage> providers = byProvider.entrySet().stream()
                .map(e -> new UsageResponse.ProviderUsage(e.getKey(), period, 0, 0, e.getValue(), RUN_TOKEN_CAP,
                        Math.round(e.getValue() * 10_000.0 / RUN_TOKEN_CAP) / 100.0))
                .toList();
        List<UsageResponse.ModelUsage> models = totals.stream()
                .map(t -> new UsageResponse.ModelUsage(t.provider(), t.model(), 0, 0, t.totalTokens())).toList();
        return new UsageResponse(providers, models);
    }
}
