package dev.keel.api.studio.config;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigBodies.StudioProviderKeyRequest;
import dev.keel.api.studio.config.StudioConfigBodies.StudioProviderRequest;
import dev.keel.api.studio.config.StudioConfigViews.StudioProviderSaved;
import dev.keel.api.studio.config.StudioConfigViews.StudioStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Providers of the caller's config. DELETE takes a JSON body, as in the original. */
@RestController
@RequestMapping("/api/config/provider")
@Tag(name = "studio")
public class StudioProviderController {
    private final StudioProviders providers;
    private final StudioUsers users;

    public StudioProviderController(StudioProviders providers, StudioUsers users) {
        this.providers = providers;
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Add a provider; api_base must pass the SSRF guard")
    @ApiError(status = 400, description = "Missing or invalid field, refused api_base, or the provider exists")
    public StudioProviderSaved create(Caller caller, @RequestBody StudioProviderRequest body,
                                      HttpServletRequest request) {
        String key = providers.create(caller.orgId(), users.userId(caller), body, users.actor(caller, request));
        return new StudioProviderSaved("ok", key);
    }

    @PutMapping
    @Operation(summary = "Change the fields sent; an empty string clears a field")
    @ApiError(status = 400, description = "Missing provider_key or an invalid field")
    @ApiError(status = 404, description = "No such provider in the caller's config")
    public StudioProviderSaved update(Caller caller, @RequestBody StudioProviderRequest body,
                                      HttpServletRequest request) {
        String key = providers.update(caller.orgId(), users.userId(caller), body, users.actor(caller, request));
        return new StudioProviderSaved("ok", key);
    }

    @DeleteMapping
    @Operation(summary = "Remove a provider and its models")
    @ApiError(status = 400, description = "Missing provider_key")
    @ApiError(status = 404, description = "No such provider in the caller's config")
    public StudioStatus delete(Caller caller, @RequestBody StudioProviderKeyRequest body, HttpServletRequest request) {
        providers.delete(caller.orgId(), users.userId(caller), body.providerKey(), users.actor(caller, request));
        return StudioStatus.OK;
    }
}
