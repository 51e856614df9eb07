package dev.keel.api.studio.settings;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioUserSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's judge, param-tuner and prompt-tuner settings: defaults merged with what they stored. */
@RestController
@RequestMapping("/api/settings/phase10")
@Tag(name = "studio")
public class Phase10SettingsController {
    private final StudioConfigRepository repository;
    private final StudioUsers users;

    public Phase10SettingsController(StudioConfigRepository repository, StudioUsers users) {
        this.repository = repository;
        this.users = users;
    }

    public record Phase10SettingsView(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> judge,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      Map<String, Object> paramTuner,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                      Map<String, Object> promptTuner,
                                      Map<String, Object> paramSupport) {
    }

    @Schema(example = """
            {"judge": {"enabled": true, "model_id": "gpt-4o"}, "param_tuner": {"max_combinations": 20}}""")
    public record Phase10SettingsRequest(Map<String, Object> judge, Map<String, Object> paramTuner,
                                         Map<String, Object> promptTuner, Map<String, Object> paramSupport) {
    }

    public record Phase10Saved(boolean ok) {
    }

    @GetMapping
    @Operation(summary = "The caller's judge, param tuner and prompt tuner settings")
    public Phase10SettingsView get(Caller caller) {
        Map<String, Object> stored = repository.settings(caller.orgId(), users.userId(caller)).phase10();
        return new Phase10SettingsView(Phase10Settings.merged("judge", stored.get("judge")),
                Phase10Settings.merged("param_tuner", stored.get("param_tuner")),
                Phase10Settings.merged("prompt_tuner", stored.get("prompt_tuner")),
                stored.get("param_support") instanceof Map<?, ?> m ? copy(m) : null);
    }

    @PutMapping
    @Operation(summary = "Merge each section sent over the defaults and store it")
    @ApiError(status = 400, description = "param_tuner.presets is not a list of at most 20 entries")
    public Phase10Saved put(Caller caller, @RequestBody Phase10SettingsRequest body) {
        long userId = users.userId(caller);
        StudioUserSettings s = repository.settings(caller.orgId(), userId);
        Map<String, Object> stored = new LinkedHashMap<>(s.phase10());
        put(stored, "judge", body.judge());
        if (body.paramTuner() != null && body.paramTuner().containsKey("presets")
                && !(body.paramTuner().get("presets") instanceof List<?> presets && presets.size() <= 20)) {
            throw ApiException.badRequest("param_tuner.presets must be a list of at most 20 presets");
        }
        put(stored, "param_tuner", body.paramTuner());
        put(stored, "prompt_tuner", body.promptTuner());
        if (body.paramSupport() != null) {
            stored.put("param_support", body.paramSupport());
        }
        repository.updateSettings(caller.orgId(), userId, new StudioUserSettings(s.defaults(), s.promptTemplates(),
                stored, s.onboardingCompleted()));
        return new Phase10Saved(true);
    }

    private static void put(Map<String, Object> stored, String section, Map<String, Object> sent) {
        if (sent != null) {
            Map<String, Object> merged = Phase10Settings.defaults(section);
            merged.putAll(sent);
            stored.put(section, merged);
        }
    }

    private static Map<String, Object> copy(Map<?, ?> m) {
        Map<String, Object> c = new LinkedHashMap<>();
        m.forEach((k, v) -> c.put(k.toString(), v));
        return c;
    }
}
