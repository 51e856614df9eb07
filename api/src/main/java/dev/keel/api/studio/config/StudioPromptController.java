package dev.keel.api.studio.config;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigBodies.StudioPromptTemplateRequest;
import dev.keel.api.studio.config.StudioConfigViews.StudioPromptSaved;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioUserSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Prompt templates of the caller's config: {key: {category, label, prompt}}; POST overwrites, no delete. */
@RestController
@RequestMapping("/api/config/prompts")
@Tag(name = "studio")
public class StudioPromptController {
    private static final Pattern KEY = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]{0,99}$");

    private final StudioConfigRepository repository;
    private final StudioUsers users;

    public StudioPromptController(StudioConfigRepository repository, StudioUsers users) {
        this.repository = repository;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "The caller's prompt templates by key")
    @ApiResponse(responseCode = "200", description = "Templates by key; the four defaults always exist (no delete)",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = StudioPromptTemplateSet.class)))
    public Map<String, StudioPromptTemplate> list(Caller caller) {
        Map<String, StudioPromptTemplate> templates = new LinkedHashMap<>();
        repository.settings(caller.orgId(), users.userId(caller)).promptTemplates().forEach((k, v) -> {
            if (v instanceof Map<?, ?> t) {
                templates.put(k, new StudioPromptTemplate(text(t.get("category")), text(t.get("label")),
                        text(t.get("prompt"))));
            }
        });
        return templates;
    }

    @PostMapping
    @Operation(summary = "Add or overwrite a prompt template")
    @ApiError(status = 400, description = "A key that is not an identifier, or no prompt")
    public StudioPromptSaved save(Caller caller, @RequestBody StudioPromptTemplateRequest body) {
        long userId = users.userId(caller);
        String key = body.key() == null ? "" : body.key().trim();
        if (!KEY.matcher(key).matches()) {
            throw ApiException.badRequest("key must match ^[a-zA-Z_][a-zA-Z0-9_]*$");
        }
        String prompt = StudioInput.bounded(StudioInput.required(body.prompt(), "prompt"), "prompt", 200_000);
        StudioUserSettings s = repository.settings(caller.orgId(), userId);
        Map<String, Object> templates = new LinkedHashMap<>(s.promptTemplates());
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("category", body.category() == null || body.category().isBlank() ? "general"
                : StudioInput.bounded(body.category().trim(), "category", 100));
        template.put("label", body.label() == null || body.label().isBlank() ? key
                : StudioInput.bounded(body.label().trim(), "label", 200));
        template.put("prompt", prompt);
        templates.put(key, template);
        repository.updateSettings(caller.orgId(), userId, new StudioUserSettings(s.defaults(), templates,
                s.phase10(), s.onboardingCompleted()));
        return new StudioPromptSaved("ok", key);
    }

    public record StudioPromptTemplate(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String category,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String label,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String prompt) {
    }

    /** The document's view of the answer: the seeded keys, and any other key the user added. */
    @Schema(additionalPropertiesSchema = StudioPromptTemplate.class)
    public record StudioPromptTemplateSet(StudioPromptTemplate recursion, StudioPromptTemplate codeGeneration,
                                          StudioPromptTemplate creative, StudioPromptTemplate qa) {
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
