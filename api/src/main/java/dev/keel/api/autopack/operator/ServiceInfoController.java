package dev.keel.api.autopack.operator;

import dev.keel.api.identity.SigningKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.RestController;

/** The seed's public service banner and signing-key status. */
@RestController
@Tag(name = "autopack")
public class ServiceInfoController {
    record ServiceInfo(String service, String version, String description) {
    }

    record KeyStatus(boolean keysLoaded, String source) {
    }

    private final SigningKeys signingKeys;
    private final String version;

    public ServiceInfoController(SigningKeys signingKeys, @Value("${keel.version:unknown}") String version) {
        this.signingKeys = signingKeys;
        this.version = version;
    }

    @GetMapping("/")
    public ServiceInfo root() {
        return new ServiceInfo("Autopack Supervisor", version,
                "Keel: durable Autopack build runs, approvals and governance on Temporal");
    }

    /** Whether JWT signing keys are loaded; Keel keeps them in PostgreSQL. */
    @GetMapping("/api/auth/key-status")
    public KeyStatus keyStatus() {
        return new KeyStatus(!signingKeys.publicKeys().isEmpty(), "database");
    }
}
