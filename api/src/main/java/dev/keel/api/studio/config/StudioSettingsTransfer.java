package dev.keel.api.studio.config;

import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.config.StudioConfigBodies.StudioProviderRequest;
import dev.keel.domain.studio.audit.StudioAuditLog;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioModel;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.domain.studio.config.StudioUserSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings export without secrets, and import that replaces providers per key and overwrites the defaults when
 * present. An import is one transaction: one bad provider or model changes nothing.
 */
@Service
public class StudioSettingsTransfer {
    private static final Set<String> MODEL_FIELDS = Set.of("model_id", "id", "display_name", "context_window",
            "max_output_tokens", "skip_params");

    public record ImportCounts(int imported, int updated, int added) {
    }

    private final StudioConfigRepository repository;
    private final StudioProviders providers;

    public StudioSettingsTransfer(StudioConfigRepository repository, StudioProviders providers) {
        this.repository = repository;
        this.providers = providers;
    }

    /** Provider configs by key with their models; never the inline key. */
    public Map<String, Object> exportProviders(long orgId, long userId) {
        repository.settings(orgId, userId);
        List<StudioModel> models = repository.models(userId);
        Map<String, Object> out = new LinkedHashMap<>();
        for (StudioProvider p : repository.providers(orgId, userId)) {
            Map<String, Object> cfg = new LinkedHashMap<>();
            cfg.put("display_name", p.displayName());
            cfg.put("api_base", p.apiBase());
            cfg.put("api_key_env", p.apiKeyEnv());
            cfg.put("model_id_prefix", p.modelIdPrefix());
            cfg.put("models", models.stream().filter(m -> m.providerId() == p.id())
                    .map(StudioConfigReader::model).toList());
            out.put(p.providerKey(), cfg);
        }
        return out;
    }

    @Transactional
    public ImportCounts importSettings(long orgId, long userId, Map<String, Object> defaults,
                                       Map<String, Object> imported, StudioAuditLog.Actor actor) {
        StudioUserSettings s = repository.settings(orgId, userId);
        int updated = 0;
        for (Map.Entry<String, Object> e : imported.entrySet()) {
            if (!(e.getValue() instanceof Map<?, ?> cfg)) {
                throw ApiException.badRequest("providers." + e.getKey() + " must be an object");
            }
            String key = StudioInput.providerKey(e.getKey());
            if (repository.provider(userId, key).isPresent()) {
                providers.delete(orgId, userId, key, actor);
                updated++;
            }
            providers.create(orgId, userId, new StudioProviderRequest(key, text(cfg.get("display_name")),
                    text(cfg.get("api_base")), text(cfg.get("api_key_env")), null,
                    text(cfg.get("model_id_prefix"))), actor);
            long providerId = repository.provider(userId, key).orElseThrow().id();
            if (cfg.get("models") instanceof List<?> models) {
                for (Object m : models) {
                    importModel(userId, providerId, m);
                }
            }
        }
        if (defaults != null) {
            repository.updateSettings(orgId, userId, new StudioUserSettings(defaults, s.promptTemplates(),
                    s.phase10(), s.onboardingCompleted()));
        }
        return new ImportCounts(imported.size(), updated, imported.size() - updated);
    }

    private void importModel(long userId, long providerId, Object raw) {
        if (!(raw instanceof Map<?, ?> m)) {
            throw ApiException.badRequest("every model must be an object");
        }
        String modelId = text(m.get("model_id") != null ? m.get("model_id") : m.get("id"));
        StudioInput.bounded(StudioInput.required(modelId, "model_id"), "model_id", 256);
        if (repository.models(userId).stream().anyMatch(x -> x.providerId() == providerId
                && x.modelId().equals(modelId))) {
            throw ApiException.badRequest("Model '" + modelId + "' appears twice");
        }
        String name = text(m.get("display_name"));
        int window = StudioInput.positive(number(m.get("context_window"), "context_window"), "context_window", 128000);
        Integer maxOut = number(m.get("max_output_tokens"), "max_output_tokens");
        List<String> skip = new ArrayList<>();
        if (m.get("skip_params") instanceof List<?> list) {
            list.forEach(x -> skip.add(String.valueOf(x)));
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (!MODEL_FIELDS.contains(k.toString()) && v != null) {
                custom.put(k.toString(), v);
            }
        });
        repository.insertModel(userId, providerId, modelId, name == null || name.isBlank()
                ? StudioModels.derivedName(modelId) : name, window, maxOut == null ? null
                : StudioInput.positive(maxOut, "max_output_tokens", 0), skip);
        StudioModel stored = repository.models(userId).stream().filter(x -> x.providerId() == providerId
                && x.modelId().equals(modelId)).findFirst().orElseThrow();
        repository.updateModel(userId, new StudioModel(stored.id(), providerId, modelId, stored.displayName(),
                window, stored.maxOutputTokens(), skip, custom, stored.position()));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Integer number(Object value, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw ApiException.badRequest(field + " must be an integer");
    }
}
