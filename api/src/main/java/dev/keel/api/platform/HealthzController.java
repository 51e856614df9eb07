package dev.keel.api.platform;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness for seeds 000/001: answers as long as the process serves HTTP. */
@RestController
public class HealthzController {
    private final String version;

    public HealthzController(@Value("${keel.version}") String version) {
        this.version = version;
    }

    @GetMapping("/healthz")
    Map<String, String> healthz() {
        return Map.of("status", "ok", "version", version);
    }
}
