package dev.keel.api.autopack.builds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Maintenance runs: the builder's patch is applied with git in REPO_PATH; refusals leave the tree untouched. */
class GovernedApplyIT extends KeelApiTest {
    static final String REPO = "/tmp/keel-governed-apply-it";

    @BeforeAll
    static void repository() throws Exception {
        Path repo = Path.of(REPO);
        if (Files.exists(repo)) {
            git("rm", "-rf", "--ignore-unmatch", ".");
            try (var files = Files.walk(repo)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(repo.resolve("src/autopack"));
        Files.writeString(repo.resolve("README.md"), "hello\nworld\n");
        Files.writeString(repo.resolve("src/autopack/core.py"), "x = 1\n");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "base");
        AutopackTestConfig.repository = repo;
    }

    @org.junit.jupiter.api.AfterAll
    static void forget() {
        AutopackTestConfig.repository = null;
    }

    @Test
    void appliesAMaintenancePatchAndRefusesOthersWithTheTreeUntouched() throws Exception {
        FakeExecutor a = FakeExecutor.of(http(), "apply");
        String run = "maint-" + System.nanoTime();
        assertThat(a.start(FakeExecutor.plan(run, 1, 3, Map.of())).status()).isEqualTo(201);

        String good = "diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1,2 +1,2 @@\n"
                + " hello\n-world\n+keel\n";
        Response applied = builder(a, run, run + "-p0", good);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().path("phase_state").asString()).isEqualTo("GATE");
        assertThat(Files.readString(Path.of(REPO, "README.md"))).isEqualTo("hello\nkeel\n");
        String status = git("status", "--porcelain");

        String protectedPath = "diff --git a/src/autopack/core.py b/src/autopack/core.py\n--- a/src/autopack/core.py\n"
                + "+++ b/src/autopack/core.py\n@@ -1 +1 @@\n-x = 1\n+x = 2\n";
        Response refused = builder(a, run, run + "-p1", protectedPath);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.detail()).isEqualTo("Invalid patch: Failed to apply patch: protected paths"
                + " [src/autopack/core.py]");

        String stale = "diff --git a/README.md b/README.md\n--- a/README.md\n+++ b/README.md\n@@ -1,2 +1,2 @@\n"
                + " goodbye\n-moon\n+sun\n";
        Response conflict = builder(a, run, run + "-p2", stale);
        assertThat(conflict.status()).isEqualTo(422);
        assertThat(conflict.detail()).startsWith("Invalid patch: Failed to apply patch:");

        assertThat(git("status", "--porcelain")).as("refusals leave the tree as it was").isEqualTo(status);
        assertThat(Files.readString(Path.of(REPO, "README.md"))).isEqualTo("hello\nkeel\n");
        assertThat(Files.readString(Path.of(REPO, "src/autopack/core.py"))).isEqualTo("x = 1\n");
        Response phases = a.run(run);
        assertThat(phases.json().path("phases").get(1).path("state").asString()).isEqualTo("QUEUED");
        assertThat(builder(a, run, run + "-p0", good).body()).as("a repeated delivery").isEqualTo(applied.body());
    }

    private static Response builder(FakeExecutor a, String run, String phase, String patch) {
        return a.http.postJson("/runs/" + run + "/phases/" + phase + "/builder_result", Map.of("phase_id", phase,
                "run_id", run, "run_type", "autopack_maintenance", "patch_content", patch,
                "files_changed", List.of("README.md"), "status", "success"));
    }

    private static String git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = REPO;
        System.arraycopy(args, 0, command, 3, args.length);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
