package dev.keel.api.fleet;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.core.env.Environment;

/**
 * Worker processes of a test fleet: the newer of the packaged worker jar and the api jar (which runs workers
 * too), started against the test's PostgreSQL and Temporal, logs in a temporary directory. Stops what it started.
 */
final class FleetWorkers implements AutoCloseable {
    private final Environment env;
    private final Path jar;
    private final Path dir;
    private final Map<String, String> extra;
    private final List<Process> started = new ArrayList<>();

    FleetWorkers(Environment env, Map<String, String> extra) throws IOException {
        this.env = env;
        this.extra = extra;
        this.jar = newestJar();
        this.dir = Files.createTempDirectory("keel-fleet-");
    }

    static boolean jarBuilt() {
        return Files.exists(Path.of("target", "keel-api.jar"))
                || Files.exists(Path.of("..", "worker", "target", "keel-worker.jar"));
    }

    /** The newer of the two: a build of the api module alone leaves an old worker jar behind. */
    private static Path newestJar() throws IOException {
        Path worker = Path.of("..", "worker", "target", "keel-worker.jar").toAbsolutePath().normalize();
        Path api = Path.of("target", "keel-api.jar").toAbsolutePath();
        if (!Files.exists(worker)) {
            return api;
        }
        if (!Files.exists(api)) {
            return worker;
        }
        return Files.getLastModifiedTime(worker).compareTo(Files.getLastModifiedTime(api)) >= 0 ? worker : api;
    }

    Path jar() {
        return jar;
    }

    Process start(String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-jar", jar.toString());
        Map<String, String> e = builder.environment();
        e.put("PORT", "0");
        e.put("KEEL_DATA_DIR", dir.resolve(name).toString());
        e.put("SPRING_DATASOURCE_URL", env.getRequiredProperty("spring.datasource.url"));
        e.put("SPRING_DATASOURCE_USERNAME", env.getProperty("spring.datasource.username", "postgres"));
        e.put("SPRING_DATASOURCE_PASSWORD", env.getProperty("spring.datasource.password", ""));
        e.put("TEMPORAL_ADDRESS", env.getRequiredProperty("spring.temporal.connection.target"));
        e.putAll(extra);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(new File(dir.toFile(), name + ".log")));
        Process process = builder.start();
        started.add(process);
        return process;
    }

    String log(String name) throws IOException {
        Path log = dir.resolve(name + ".log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : started) {
            p.destroy();
        }
        for (Process p : started) {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
