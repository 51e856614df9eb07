package dev.keel.api.autopack.operator;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A run's artifact files (seed 003 §10), from the organization's run directory; symlinks are never listed. */
@RestController
@Tag(name = "autopack")
public class ArtifactsController {
    record Artifact(String path, long sizeBytes, Instant modifiedAt) {
    }

    record ArtifactIndex(String runId, List<Artifact> artifacts, long totalSizeBytes) {
    }

    record BrowserArtifact(String path, String type, long sizeBytes, Instant modifiedAt) {
    }

    record BrowserArtifacts(String runId, List<BrowserArtifact> artifacts, int totalCount) {
    }

    private static final List<String> BROWSER_SUFFIXES = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".html");
    private static final List<String> BROWSER_WORDS = List.of("screenshot", "browser", "page", "capture");

    private final BuildRuns runs;
    private final ArtifactRoot root;
    private final ReadAccess access;

    public ArtifactsController(BuildRuns runs, ArtifactRoot root, ReadAccess access) {
        this.runs = runs;
        this.root = root;
        this.access = access;
    }

    @GetMapping("/runs/{run_id}/artifacts/index")
    @ApiError(status = 403, description = "Operator reads require the X-API-Key here")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public ArtifactIndex index(Caller caller, @PathVariable("run_id") String runId) {
        List<Artifact> files = files(caller, runId);
        return new ArtifactIndex(runId, files, files.stream().mapToLong(Artifact::sizeBytes).sum());
    }

    @GetMapping("/runs/{run_id}/browser/artifacts")
    @ApiError(status = 403, description = "Operator reads require the X-API-Key here")
    @ApiError(status = 404, description = "No such run in the caller's organization")
    public BrowserArtifacts browser(Caller caller, @PathVariable("run_id") String runId) {
        List<BrowserArtifact> found = files(caller, runId).stream().filter(a -> browser(a.path()))
                .map(a -> new BrowserArtifact(a.path(), image(a.path()) ? "screenshot" : "html", a.sizeBytes(),
                        a.modifiedAt())).toList();
        return new BrowserArtifacts(runId, found, found.size());
    }

    /** The file as UTF-8 text (undecodable bytes replaced). Path checks run before the run is looked up. */
    @GetMapping(value = "/runs/{run_id}/artifacts/file", produces = MediaType.TEXT_PLAIN_VALUE)
    @ApiError(status = 400, description = "Traversal, an absolute path or a drive letter")
    @ApiError(status = 403, description = "Operator reads require the X-API-Key here")
    @ApiError(status = 404, description = "No such run, or no such file")
    public String file(Caller caller, @PathVariable("run_id") String runId, @RequestParam("path") String path) {
        access.check(caller);
        String checked = ArtifactPaths.checked(path);
        StoredRun run = find(caller, runId);
        Path base = root.runDirectory(caller.orgId(), run.runId())
                .orElseThrow(() -> ApiException.notFound("File not found: " + checked));
        Path file = ArtifactPaths.resolve(base, checked);
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiException.notFound("File not found: " + checked);
        }
    }

    private List<Artifact> files(Caller caller, String runId) {
        access.check(caller);
        StoredRun run = find(caller, runId);
        Path base = root.runDirectory(caller.orgId(), run.runId()).orElse(null);
        if (base == null || !Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .limit(10_000)
                    .map(p -> artifact(base, p)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ApiException.unavailable("The run directory could not be read");
        }
    }

    private static Artifact artifact(Path base, Path file) {
        try {
            return new Artifact(base.relativize(file).toString().replace('\\', '/'), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private StoredRun find(Caller caller, String runId) {
        return runs.find(caller.orgId(), runId).orElseThrow(() -> ApiException.notFound("Run " + runId + " not found"));
    }

    private static boolean browser(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return BROWSER_SUFFIXES.stream().anyMatch(lower::endsWith) || BROWSER_WORDS.stream().anyMatch(lower::contains);
    }

    private static boolean image(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return BROWSER_SUFFIXES.stream().filter(s -> !s.equals(".html")).anyMatch(lower::endsWith);
    }
}
