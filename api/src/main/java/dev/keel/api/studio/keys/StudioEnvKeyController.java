package dev.keel.api.studio.keys;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigViews.StudioStatus;
import dev.keel.api.studio.config.StudioInput;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioEnvKeyDeleteRequest;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioEnvKeyList;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioEnvKeyRequest;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioEnvKeySaved;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioEnvKeyStatus;
import dev.keel.domain.studio.StudioSecrets;
import dev.keel.domain.studio.audit.StudioAuditLog;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.domain.studio.keys.StudioKeyRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform's global provider keys (the original's .env), admin only. Stored AES-GCM encrypted in the database
 * rather than a file so every API and worker process sees the same keys; shown masked, every change audit-logged.
 */
@RestController
@RequestMapping("/api/env")
@Tag(name = "studio")
public class StudioEnvKeyController {
    private final StudioKeyRepository keys;
    private final StudioConfigRepository config;
    private final StudioSecrets secrets;
    private final StudioAuditLog audit;
    private final StudioUsers users;

    public StudioEnvKeyController(StudioKeyRepository keys, StudioConfigRepository config, StudioSecrets secrets,
                                  StudioAuditLog audit, StudioUsers users) {
        this.keys = keys;
        this.config = config;
        this.secrets = secrets;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Global keys, masked, plus the api_key_env names of the admin's config that are unset")
    public StudioEnvKeyList list(Caller caller) {
        users.requireAdmin(caller);
        List<StudioEnvKeyStatus> statuses = new ArrayList<>();
        Set<String> set = new TreeSet<>();
        for (StudioKeyRepository.EnvKey k : keys.envKeys()) {
            statuses.add(new StudioEnvKeyStatus(k.name(), StudioKeyBodies.mask(k.last4()), true));
            set.add(k.name());
        }
        Set<String> referenced = new TreeSet<>();
        config.settings(caller.orgId(), caller.userId());
        for (StudioProvider p : config.providers(caller.orgId(), caller.userId())) {
            if (!p.apiKeyEnv().isBlank() && !set.contains(p.apiKeyEnv())) {
                referenced.add(p.apiKeyEnv());
            }
        }
        referenced.forEach(name -> statuses.add(new StudioEnvKeyStatus(name, "", false)));
        return new StudioEnvKeyList(statuses);
    }

    @PutMapping
    @Operation(summary = "Set or replace a global key")
    @ApiError(status = 400, description = "Missing value, or a name that is not an environment variable name")
    public StudioEnvKeySaved put(Caller caller, @RequestBody StudioEnvKeyRequest body, HttpServletRequest request) {
        users.requireAdmin(caller);
        String name = name(body.name());
        String value = StudioInput.bounded(StudioInput.required(body.value(), "value"), "value", 4000);
        String last4 = StudioKeyBodies.last4(value);
        keys.putEnvKey(name, secrets.encrypt(value), last4);
        audit.record(users.actor(caller, request), "env_key_set", "env_key", name, Map.of());
        return new StudioEnvKeySaved("ok", name, StudioKeyBodies.mask(last4));
    }

    @DeleteMapping
    @Operation(summary = "Remove a global key")
    @ApiError(status = 400, description = "Missing name")
    @ApiError(status = 404, description = "No such global key")
    public StudioStatus delete(Caller caller, @RequestBody StudioEnvKeyDeleteRequest body,
                               HttpServletRequest request) {
        users.requireAdmin(caller);
        String name = StudioInput.required(body.name(), "name");
        if (!keys.deleteEnvKey(name)) {
            throw ApiException.notFound("Key '" + name + "' not found");
        }
        audit.record(users.actor(caller, request), "env_key_delete", "env_key", name, Map.of());
        return StudioStatus.OK;
    }

    private static String name(String raw) {
        String name = StudioInput.required(raw, "name");
        if (!StudioInput.ENV_NAME.matcher(name).matches()) {
            throw ApiException.badRequest("Invalid key name: must match ^[A-Za-z_][A-Za-z0-9_]*$");
        }
        return name;
    }
}
