package dev.keel.api.studio.config;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigBodies.StudioModelCreateRequest;
import dev.keel.api.studio.config.StudioConfigBodies.StudioModelDeleteRequest;
import dev.keel.api.studio.config.StudioConfigBodies.StudioModelUpdateRequest;
import dev.keel.api.studio.config.StudioConfigViews.StudioModelSaved;
import dev.keel.api.studio.config.StudioConfigViews.StudioStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Models of the caller's providers. DELETE takes a JSON body, as in the original. */
@RestController
@RequestMapping("/api/config/model")
@Tag(name = "studio")
public class StudioModelController {
    private final StudioModels models;
    private final StudioUsers users;

    public StudioModelController(StudioModels models, StudioUsers users) {
        this.models = models;
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Add a model; the provider prefix is prepended when the id lacks it")
    @ApiError(status = 400, description = "Missing field, unknown provider or duplicate model")
    public StudioModelSaved create(Caller caller, @RequestBody StudioModelCreateRequest body) {
        return new StudioModelSaved("ok", models.create(caller.orgId(), users.userId(caller), body));
    }

    @PutMapping
    @Operation(summary = "Change a model; custom_fields are merged and a null value deletes that field")
    @ApiError(status = 400, description = "Missing model_id or an invalid field")
    @ApiError(status = 404, description = "No such provider or model in the caller's config")
    public StudioModelSaved update(Caller caller, @RequestBody StudioModelUpdateRequest body) {
        return new StudioModelSaved("ok", models.update(caller.orgId(), users.userId(caller), body));
    }

    @DeleteMapping
    @Operation(summary = "Remove a model")
    @ApiError(status = 400, description = "Missing provider_key or model_id")
    @ApiError(status = 404, description = "No such provider or model in the caller's config")
    public StudioStatus delete(Caller caller, @RequestBody StudioModelDeleteRequest body) {
        models.delete(caller.orgId(), users.userId(caller), body.providerKey(), body.modelId());
        return StudioStatus.OK;
    }
}
