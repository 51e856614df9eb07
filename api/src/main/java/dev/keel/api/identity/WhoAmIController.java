package dev.keel.api.identity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Echoes the authenticated caller, so an executor can check its X-API-Key or a CLI its token. */
@RestController
public class WhoAmIController {
    public record CallerView(long orgId, Long userId, String role, boolean platformAdmin, String source) {
    }

    @GetMapping("/api/auth/whoami")
    public CallerView whoami(Caller caller) {
        return new CallerView(caller.orgId(), caller.userId(), caller.role(), caller.platformAdmin(),
                caller.source().name().toLowerCase());
    }
}
