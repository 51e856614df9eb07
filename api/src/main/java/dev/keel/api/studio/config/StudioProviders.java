package dev.keel.api.studio.config;

import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.config.StudioConfigBodies.StudioProviderRequest;
import dev.keel.domain.studio.StudioSecrets;
import dev.keel.domain.studio.audit.StudioAuditLog;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.integrations.net.OutboundUrlGuard;
import dev.keel.integrations.net.RefusedUrlException;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Provider CRUD with the original's rules: PUT changes only the fields sent, an empty string clears one. */
@Service
public class StudioProviders {
    private final StudioConfigRepository repository;
    private final StudioConfigReader reader;
    private final StudioSecrets secrets;
    private final OutboundUrlGuard urlGuard;
    private final StudioAuditLog audit;

    public StudioProviders(StudioConfigRepository repository, StudioConfigReader reader, StudioSecrets secrets,
                           OutboundUrlGuard urlGuard, StudioAuditLog audit) {
        this.repository = repository;
        this.reader = reader;
        this.secrets = secrets;
        this.urlGuard = urlGuard;
        this.audit = audit;
    }

    public String create(long orgId, long userId, StudioProviderRequest r, StudioAuditLog.Actor actor) {
        String key = StudioInput.providerKey(r.providerKey());
        reader.settings(orgId, userId);
        if (repository.provider(userId, key).isPresent()) {
            throw ApiException.badRequest("Provider '" + key + "' already exists");
        }
        String displayName = r.displayName() == null || r.displayName().isBlank() ? key : r.displayName().trim();
        repository.insertProvider(orgId, userId, key, StudioInput.bounded(displayName, "display_name", 200),
                apiBase(r.apiBase()), env(r.apiKeyEnv()), inlineKey(r.apiKey()), prefix(r.modelIdPrefix()));
        audit.record(actor, "config_provider_create", "provider", key,
                Map.of("api_base", apiBase(r.apiBase()), "inline_key_set", inlineKey(r.apiKey()) != null));
        return key;
    }

    public String update(long orgId, long userId, StudioProviderRequest r, StudioAuditLog.Actor actor) {
        String key = StudioInput.required(r.providerKey(), "provider_key");
        reader.settings(orgId, userId);
        StudioProvider p = reader.provider(orgId, userId, key);
        String displayName = r.displayName() == null ? p.displayName()
                : r.displayName().isBlank() ? key : StudioInput.bounded(r.displayName().trim(), "display_name", 200);
        StudioProvider updated = new StudioProvider(p.id(), key, displayName,
                r.apiBase() == null ? p.apiBase() : apiBase(r.apiBase()),
                r.apiKeyEnv() == null ? p.apiKeyEnv() : env(r.apiKeyEnv()),
                r.apiKey() == null || r.apiKey().equals("***") ? p.apiKeyCipher() : inlineKey(r.apiKey()),
                r.modelIdPrefix() == null ? p.modelIdPrefix() : prefix(r.modelIdPrefix()), p.position());
        repository.updateProvider(userId, updated);
        if (r.apiKey() != null || r.apiBase() != null) {
            audit.record(actor, "config_provider_update", "provider", key,
                    Map.of("api_base", updated.apiBase(), "inline_key_set", updated.hasInlineKey()));
        }
        return key;
    }

    public void delete(long orgId, long userId, String providerKey, StudioAuditLog.Actor actor) {
        String key = StudioInput.required(providerKey, "provider_key");
        reader.settings(orgId, userId);
        if (!repository.deleteProvider(userId, key)) {
            throw ApiException.notFound("Provider '" + key + "' not found");
        }
        audit.record(actor, "config_provider_delete", "provider", key, Map.of());
    }

    private String apiBase(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String base = StudioInput.bounded(value.trim(), "api_base", 2000);
        try {
            urlGuard.check(base);
        } catch (RefusedUrlException e) {
            throw ApiException.badRequest("api_base refused: " + e.getMessage());
        }
        return base.replaceAll("/+$", "");
    }

    private static String env(String value) {
        return value == null ? "" : StudioInput.envName(value.trim(), "api_key_env");
    }

    private static String prefix(String value) {
        return value == null ? "" : StudioInput.bounded(value.trim().replaceAll("/+$", ""), "model_id_prefix", 100);
    }

    private byte[] inlineKey(String value) {
        return value == null || value.isBlank() || value.equals("***") ? null
                : secrets.encrypt(StudioInput.bounded(value.trim(), "api_key", 4000));
    }
}
