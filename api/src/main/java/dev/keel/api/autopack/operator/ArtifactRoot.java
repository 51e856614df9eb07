package dev.keel.api.autopack.operator;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Where the executor keeps run artifacts (AUTONOMOUS_RUNS_DIR): a run's files are under
 * {@code <runs_dir>/<organization id>/<run_id>/}, so one organization's files are never another's.
 */
@Component
public class ArtifactRoot {
    private final ArtifactSettings settings;

    public ArtifactRoot(ArtifactSettings settings) {
        this.settings = settings;
    }

    public Optional<Path> current() {
        String dir = settings.runsDir();
        return dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir));
    }

    Optional<Path> runDirectory(long orgId, String runId) {
        return current().map(root -> root.resolve(Long.toString(orgId)).resolve(runId));
    }
}
