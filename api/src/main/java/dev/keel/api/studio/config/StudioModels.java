package dev.keel.api.studio.config;

import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.config.StudioConfigBodies.StudioModelCreateRequest;
import dev.keel.api.studio.config.StudioConfigBodies.StudioModelUpdateRequest;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioModel;
import dev.keel.domain.studio.config.StudioProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Model CRUD with the original's rules: prefixing, derived display names, skip_params, merged custom fields. */
@Service
public class StudioModels {
    private final StudioConfigRepository repository;
    private final StudioConfigReader reader;

    public StudioModels(StudioConfigRepository repository, StudioConfigReader reader) {
        this.repository = repository;
        this.reader = reader;
    }

    public String create(long orgId, long userId, StudioModelCreateRequest r) {
        String key = StudioInput.required(r.providerKey(), "provider_key");
        String id = StudioInput.bounded(StudioInput.required(r.id(), "id"), "id", 256);
        reader.settings(orgId, userId);
        StudioProvider p = repository.provider(userId, key)
                .orElseThrow(() -> ApiException.badRequest("Provider '" + key + "' not found"));
        String modelId = prefixed(p.modelIdPrefix(), id);
        if (find(userId, p.id(), modelId).isPresent()) {
            throw ApiException.badRequest("Model '" + modelId + "' already exists in provider '" + key + "'");
        }
        String name = r.displayName() == null || r.displayName().isBlank() ? derivedName(modelId)
                : StudioInput.bounded(r.displayName().trim(), "display_name", 200);
        Integer maxOutput = r.maxOutputTokens() == null ? null
                : StudioInput.positive(r.maxOutputTokens(), "max_output_tokens", 0);
        repository.insertModel(userId, p.id(), modelId, name,
                StudioInput.positive(r.contextWindow(), "context_window", 128000), maxOutput, List.of());
        return modelId;
    }

    public String update(long orgId, long userId, StudioModelUpdateRequest r) {
        String modelId = StudioInput.required(r.modelId(), "model_id");
        reader.settings(orgId, userId);
        List<StudioProvider> providers = r.providerKey() == null || r.providerKey().isBlank()
                ? repository.providers(orgId, userId)
                : List.of(reader.provider(orgId, userId, r.providerKey().trim()));
        StudioModel m = providers.stream().map(p -> find(userId, p.id(), modelId)).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> ApiException.notFound("Model " + modelId + " not found"));
        String newId = r.newModelId() == null || r.newModelId().isBlank() ? m.modelId()
                : StudioInput.bounded(r.newModelId().trim(), "new_model_id", 256);
        if (!newId.equals(m.modelId()) && find(userId, m.providerId(), newId).isPresent()) {
            throw ApiException.badRequest("Model '" + newId + "' already exists");
        }
        String name = r.displayName() == null ? m.displayName()
                : r.displayName().isBlank() ? derivedName(newId)
                : StudioInput.bounded(r.displayName().trim(), "display_name", 200);
        Integer maxOutput = r.maxOutputTokens().isPresent()
                ? (r.maxOutputTokens().isNull() ? null : StudioInput.positive(r.maxOutputTokens().value(),
                "max_output_tokens", 0))
                : m.maxOutputTokens();
        List<String> skip = r.skipParams() == null ? m.skipParams() : r.skipParams().stream()
                .filter(s -> s != null && !s.isBlank()).map(String::trim).distinct().toList();
        Map<String, Object> custom = new LinkedHashMap<>(m.customFields());
        if (r.customFields() != null) {
            r.customFields().forEach((k, v) -> {
                if (v == null) {
                    custom.remove(k);
                } else {
                    custom.put(k, v);
                }
            });
        }
        repository.updateModel(userId, new StudioModel(m.id(), m.providerId(), newId, name,
                StudioInput.positive(r.contextWindow(), "context_window", m.contextWindow()), maxOutput, skip,
                custom, m.position()));
        return newId;
    }

    public void delete(long orgId, long userId, String providerKey, String modelId) {
        String key = StudioInput.required(providerKey, "provider_key");
        String id = StudioInput.required(modelId, "model_id");
        reader.settings(orgId, userId);
        StudioProvider p = reader.provider(orgId, userId, key);
        if (!repository.deleteModel(userId, p.id(), id)) {
            throw ApiException.notFound("Model " + id + " not found");
        }
    }

    /** The provider prefix is prepended when the id does not already start with {@code prefix/}. */
    static String prefixed(String prefix, String id) {
        return prefix.isEmpty() || id.startsWith(prefix + "/") ? id : prefix + "/" + id;
    }

    static String derivedName(String modelId) {
        return modelId.substring(modelId.lastIndexOf('/') + 1);
    }

    private Optional<StudioModel> find(long userId, long providerId, String modelId) {
        return repository.models(userId).stream()
                .filter(m -> m.providerId() == providerId && m.modelId().equals(modelId)).findFirst();
    }
}
