package dev.keel.api.studio.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.DependencyChecks;
import dev.keel.api.studio.StudioUsers;
import dev.keel.domain.studio.admin.StudioAdminRepository;
import dev.keel.platform.health.DependencyProbes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Usage statistics and system state for the studio admin; the Temporal part is what /health reports. */
@RestController
@Tag(name = "studio")
public class StudioAdminStatsController {
    private final StudioAdminRepository admin;
    private final DependencyProbes probes;
    private final DependencyChecks checks;
    private final StudioUsers users;

    public StudioAdminStatsController(StudioAdminRepository admin, DependencyProbes probes, DependencyChecks checks,
                                      StudioUsers users) {
        this.admin = admin;
        this.probes = probes;
        this.checks = checks;
        this.users = users;
    }

    public record StudioTopUser(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username, long cnt) {
    }

    public record StudioKeysByProvider(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String provider,
                                       long userCount) {
    }

    public record StudioAdminStats(@JsonProperty("benchmarks_24h") long benchmarks24h,
                                   @JsonProperty("benchmarks_7d") long benchmarks7d,
                                   @JsonProperty("benchmarks_30d") long benchmarks30d,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<StudioTopUser> topUsers,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                   List<StudioKeysByProvider> keysByProvider, long totalUsers) {
    }

    /** {@code temporal}: connection, mode, search attributes and each task queue's pollers (as in /health). */
    public record StudioAdminSystem(double dbSizeMb, double resultsSizeMb, long resultsCount, boolean benchmarkActive,
                                    long activeJobs, long totalActive, long totalQueued, long connectedWsClients,
                                    long processUptimeS,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> temporal) {
    }

    @GetMapping("/api/admin/stats")
    @Operation(summary = "Benchmarks per period, top users, keys by provider, user count")
    public StudioAdminStats stats(Caller caller) {
        users.requireAdmin(caller);
        return new StudioAdminStats(admin.benchmarksSince(1), admin.benchmarksSince(7), admin.benchmarksSince(30),
                admin.topUsers(10).stream().map(c -> new StudioTopUser(c.name(), c.count())).toList(),
                admin.keysByProvider().stream().map(c -> new StudioKeysByProvider(c.name(), c.count())).toList(),
                admin.totalUsers());
    }

    @GetMapping("/api/admin/system")
    @Operation(summary = "Database and results size, active benchmarks, uptime and Temporal worker status")
    public StudioAdminSystem system(Caller caller) {
        users.requireAdmin(caller);
        long active = admin.activeBenchmarks();
        return new StudioAdminSystem(round(admin.databaseSizeMb()), round(admin.resultsSizeMb()),
                admin.resultsCount(), active > 0, active, active, 0, 0,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000, checks.temporal(probes.check().temporal()));
    }

    private static double round(double mb) {
        return Math.round(mb * 100) / 100.0;
    }
}
