package dev.keel.api.studio.settings;

import dev.keel.api.identity.Caller;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigViews.StudioStatus;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioUserSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Whether the caller finished the studio's onboarding. */
@RestController
@RequestMapping("/api/onboarding")
@Tag(name = "studio")
public class OnboardingController {
    private final StudioConfigRepository repository;
    private final StudioUsers users;

    public OnboardingController(StudioConfigRepository repository, StudioUsers users) {
        this.repository = repository;
        this.users = users;
    }

    public record OnboardingStatus(boolean completed) {
    }

    @GetMapping("/status")
    @Operation(summary = "Whether the caller completed onboarding")
    public OnboardingStatus status(Caller caller) {
        return new OnboardingStatus(repository.settings(caller.orgId(), users.userId(caller)).onboardingCompleted());
    }

    @PostMapping("/complete")
    @Operation(summary = "Mark the caller's onboarding as complete")
    public StudioStatus complete(Caller caller) {
        long userId = users.userId(caller);
        StudioUserSettings s = repository.settings(caller.orgId(), userId);
        repository.updateSettings(caller.orgId(), userId, new StudioUserSettings(s.defaults(), s.promptTemplates(),
                s.phase10(), true));
        return StudioStatus.OK;
    }
}
