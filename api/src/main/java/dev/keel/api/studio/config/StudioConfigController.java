package dev.keel.api.studio.config;

import dev.keel.api.identity.Caller;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigViews.StudioConfigView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's studio config; the first access seeds the defaults and the default providers. */
@RestController
@Tag(name = "studio")
public class StudioConfigController {
    private final StudioConfigReader reader;
    private final StudioUsers users;

    public StudioConfigController(StudioConfigReader reader, StudioUsers users) {
        this.reader = reader;
        this.users = users;
    }

    @GetMapping("/api/config")
    @Operation(summary = "The caller's providers (keyed by display name), models, defaults and prompt templates")
    public StudioConfigView config(Caller caller) {
        return reader.view(caller.orgId(), users.userId(caller));
    }
}
