package dev.keel.api.platform;

import io.swagger.v3.oas.annotations.media.Schema;
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

    public record Liveness(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ok") String status,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String version) {
    }

    @GetMapping("/healthz")
    Liveness healthz() {
        return new Liveness("ok", version);
    }
}
