package dev.keel.api.studio.keys;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.api.studio.config.StudioConfigViews.StudioStatus;
import dev.keel.api.studio.config.StudioInput;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioUserKeyDeleteRequest;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioUserKeyList;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioUserKeyRequest;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioUserKeySaved;
import dev.keel.api.studio.keys.StudioKeyBodies.StudioUserKeyStatus;
import dev.keel.domain.studio.StudioSecrets;
import dev.keel.domain.studio.audit.StudioAuditLog;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.domain.studio.keys.StudioKeyRepository;
import dev.keel.domain.studio.keys.StudioKeyRepository.UserKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own provider keys, AES-GCM encrypted at rest; every change is audit-logged. */
@RestController
@RequestMapping("/api/keys")
@Tag(name = "studio")
public class StudioUserKeyController {
    private final StudioConfigRepository config;
    private final StudioKeyRepository keys;
    private final StudioSecrets secrets;
    private final StudioAuditLog audit;
    private final StudioUsers users;

    public StudioUserKeyController(StudioConfigRepository config, StudioKeyRepository keys, StudioSecrets secrets,
                                   StudioAuditLog audit, StudioUsers users) {
        this.config = config;
        this.keys = keys;
        this.secrets = secrets;
        this.audit = audit;
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Key status per provider of the caller's config, plus keys whose provider is gone")
    public StudioUserKeyList list(Caller caller) {
        long userId = users.userId(caller);
        config.settings(caller.orgId(), userId);
        Map<String, UserKey> own = keys.userKeys(caller.orgId(), userId).stream()
                .collect(Collectors.toMap(UserKey::providerKey, Function.identity()));
        Set<String> global = keys.envKeys().stream().map(StudioKeyRepository.EnvKey::name).collect(Collectors.toSet());
        List<StudioUserKeyStatus> statuses = new ArrayList<>();
        for (StudioProvider p : config.providers(caller.orgId(), userId)) {
            UserKey k = own.remove(p.providerKey());
            statuses.add(new StudioUserKeyStatus(p.providerKey(), p.displayName(), keyName(p),
                    p.hasInlineKey() || global.contains(p.apiKeyEnv()), k != null, k == null ? null : k.updatedAt(),
                    null));
        }
        own.values().forEach(k -> statuses.add(new StudioUserKeyStatus(k.providerKey(), k.providerKey(), k.keyName(),
                false, true, k.updatedAt(), true)));
        return new StudioUserKeyList(statuses);
    }

    @PutMapping
    @Operation(summary = "Set or replace the caller's key for a provider of their config")
    @ApiError(status = 400, description = "Missing provider_key or value")
    @ApiError(status = 404, description = "No such provider in the caller's config")
    public StudioUserKeySaved put(Caller caller, @RequestBody StudioUserKeyRequest body, HttpServletRequest request) {
        long userId = users.userId(caller);
        String key = StudioInput.required(body.providerKey(), "provider_key");
        String value = StudioInput.bounded(StudioInput.required(body.value() != null ? body.value() : body.apiKey(),
                "value"), "value", 4000);
        config.settings(caller.orgId(), userId);
        StudioProvider p = config.provider(userId, key)
                .orElseThrow(() -> ApiException.notFound("Provider '" + key + "' not found"));
        long id = keys.putUserKey(caller.orgId(), userId, key, keyName(p), secrets.encrypt(value));
        audit.record(users.actor(caller, request), "key_set", "user_key", key, Map.of("key_name", keyName(p)));
        return new StudioUserKeySaved("ok", id, key);
    }

    @DeleteMapping
    @Operation(summary = "Remove the caller's key for a provider")
    @ApiError(status = 400, description = "Missing provider_key")
    @ApiError(status = 404, description = "The caller has no key for that provider")
    public StudioStatus delete(Caller caller, @RequestBody StudioUserKeyDeleteRequest body,
                               HttpServletRequest request) {
        long userId = users.userId(caller);
        String key = StudioInput.required(body.providerKey(), "provider_key");
        if (!keys.deleteUserKey(caller.orgId(), userId, key)) {
            throw ApiException.notFound("Key not found");
        }
        audit.record(users.actor(caller, request), "key_delete", "user_key", key, Map.of());
        return StudioStatus.OK;
    }

    private static String keyName(StudioProvider p) {
        return p.apiKeyEnv().isBlank() ? p.providerKey().toUpperCase(Locale.ROOT) + "_API_KEY" : p.apiKeyEnv();
    }
}
