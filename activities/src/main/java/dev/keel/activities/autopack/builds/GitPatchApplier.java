package dev.keel.activities.autopack.builds;

import dev.keel.domain.autopack.builds.BuildPatches;
import dev.keel.workflows.autopack.builds.PatchApplier;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * {@link PatchApplier} with the git CLI. Idempotent: a patch already in the tree (it reverse-applies) is a no-op.
 * Before the 3-way attempt the touched files and the index tree are saved, and restored when it fails.
 */
@Component
public class GitPatchApplier implements PatchApplier {
    private final BuildPatches patches;
    private final PatchRepository repository;

    public GitPatchApplier(BuildPatches patches, PatchRepository repository) {
        this.patches = patches;
        this.repository = repository;
    }

    @Override
    public void apply(long runPk, String sha256) {
        Path repo = repository.current()
                .orElseThrow(() -> refusal("no repository configured for maintenance patches (REPO_PATH)"));
        String patch = patches.find(runPk, sha256).orElseThrow(() -> refusal("patch " + sha256 + " not stored"));
        Set<String> touched = PatchPaths.touched(patch);
        List<String> refused = PatchPaths.refused(touched);
        if (!refused.isEmpty()) {
            throw refusal("Failed to apply patch: protected paths " + refused);
        }
        try {
            Path file = Files.createTempFile("keel-patch-", ".diff");
            try {
                Files.writeString(file, patch.endsWith("\n") ? patch : patch + "\n");
                String p = file.toString();
                if (git(repo, "apply", "--reverse", "--check", p).ok()) {
                    return;
                }
                if (git(repo, "apply", "--check", p).ok()) {
                    Result applied = git(repo, "apply", p);
                    if (!applied.ok()) {
                        throw refusal("Failed to apply patch: " + applied.output());
                    }
                    return;
                }
                threeWay(repo, p, touched);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw ApplicationFailure.newFailure("git apply failed: " + e.getMessage(), "IO");
        }
    }

    private void threeWay(Path repo, String patchFile, Set<String> touched) throws IOException {
        Result tree = git(repo, "write-tree");
        Map<String, byte[]> saved = new HashMap<>();
        for (String path : touched) {
            Path f = repo.resolve(path);
            saved.put(path, Files.isRegularFile(f) ? Files.readAllBytes(f) : null);
        }
        Result merged = git(repo, "apply", "--3way", patchFile);
        if (merged.ok()) {
            return;
        }
        for (Map.Entry<String, byte[]> e : saved.entrySet()) {
            Path f = repo.resolve(e.getKey());
            if (e.getValue() == null) {
                Files.deleteIfExists(f);
            } else {
                Files.write(f, e.getValue());
            }
        }
        if (tree.ok()) {
            git(repo, "read-tree", tree.output().trim());
        }
        throw refusal("Failed to apply patch: " + merged.output());
    }

    private record Result(boolean ok, String output) {
    }

    private static Result git(Path repo, String... args) throws IOException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repo.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(false, "git timed out");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue() == 0, output.length() > 2000 ? output.substring(0, 2000) : output);
    }

    private static ApplicationFailure refusal(String message) {
        return ApplicationFailure.newNonRetryableFailure("Invalid patch: " + message, "VALIDATION");
    }
}
