package dev.keel.api.autopack.storage;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.storage.SteamGame;
import dev.keel.domain.autopack.storage.SteamLibraries;
import dev.keel.domain.autopack.storage.StorageSettings;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.file.Files;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Large, old Steam games of the configured Steam installation (AUTOPACK_STEAM_PATH; there is no registry off
 * Windows). Without one the answer is empty with steam_available false, never a 500.
 */
@RestController
@Tag(name = "autopack")
public class SteamGamesController {
    private static final double GB = 1024.0 * 1024 * 1024;

    private final StorageSettings settings;

    public SteamGamesController(StorageSettings settings) {
        this.settings = settings;
    }

    record SteamGameResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String appId,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                             @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String installPath,
                             long sizeBytes, double sizeGb, Instant lastUpdated, Integer ageDays) {
    }

    record SteamGamesListResponse(int totalGames, long totalSizeBytes, double totalSizeGb,
                                  @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<SteamGameResponse> games,
                                  boolean steamAvailable, String steamPath) {
    }

    @GetMapping("/storage/steam/games")
    public SteamGamesListResponse games(
            @Parameter(schema = @Schema(minimum = "0", defaultValue = "10")) @RequestParam(name = "min_size_gb", defaultValue = "10") double minSizeGb,
            @Parameter(schema = @Schema(minimum = "0", defaultValue = "180")) @RequestParam(name = "min_age_days", defaultValue = "180") int minAgeDays,
            @RequestParam(name = "include_all", defaultValue = "false") boolean includeAll) {
        if (!(minSizeGb >= 0) || Double.isInfinite(minSizeGb)) {
            throw ApiException.unprocessable("min_size_gb must be a non-negative number");
        }
        if (minAgeDays < 0) {
            throw ApiException.unprocessable("min_age_days cannot be negative");
        }
        if (settings.steamPath() == null || !Files.isDirectory(settings.steamPath())) {
            return new SteamGamesListResponse(0, 0, 0, List.of(), false, null);
        }
        long now = Instant.now().getEpochSecond();
        List<SteamGameResponse> games = SteamLibraries.games(settings.steamPath()).stream()
                .filter(g -> includeAll || (g.sizeBytes() >= minSizeGb * GB && old(g, now, minAgeDays)))
                .sorted(Comparator.comparingLong(SteamGame::sizeBytes).reversed().thenComparing(SteamGame::appId))
                .map(g -> new SteamGameResponse(g.appId(), g.name(), g.installPath(), g.sizeBytes(),
                        round(g.sizeBytes() / GB),
                        g.lastUpdated() == null ? null : Instant.ofEpochSecond(g.lastUpdated()),
                        g.lastUpdated() == null ? null : (int) Math.max(0, (now - g.lastUpdated()) / 86_400)))
                .toList();
        long total = games.stream().mapToLong(SteamGameResponse::sizeBytes).sum();
        return new SteamGamesListResponse(games.size(), total, round(total / GB), games, true,
                settings.steamPath().toString());
    }

    /** Old enough, or no timestamp (as the original counts it). */
    private static boolean old(SteamGame game, long now, int minAgeDays) {
        return game.lastUpdated() == null || (now - game.lastUpdated()) / 86_400 >= minAgeDays;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
