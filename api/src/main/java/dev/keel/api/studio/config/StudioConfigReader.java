package dev.keel.api.studio.config;

import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.config.StudioConfigViews.StudioConfigView;
import dev.keel.api.studio.config.StudioConfigViews.StudioProviderView;
import dev.keel.domain.studio.config.StudioConfigRepository;
import dev.keel.domain.studio.config.StudioModel;
import dev.keel.domain.studio.config.StudioProvider;
import dev.keel.domain.studio.config.StudioUserSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a user's config (seeding it on first access) and shapes it as the original's GET /api/config. */
@Component
public class StudioConfigReader {
    private final StudioConfigRepository repository;

    public StudioConfigReader(StudioConfigRepository repository) {
        this.repository = repository;
    }

    public StudioUserSettings settings(long orgId, long userId) {
        return repository.settings(orgId, userId);
    }

    public StudioConfigView view(long orgId, long userId) {
        StudioUserSettings settings = repository.settings(orgId, userId);
        List<StudioModel> models = repository.models(userId);
        Map<String, StudioProviderView> providers = new LinkedHashMap<>();
        for (StudioProvider p : repository.providers(orgId, userId)) {
            List<Map<String, Object>> own = new ArrayList<>();
            models.stream().filter(m -> m.providerId() == p.id()).forEach(m -> own.add(model(m)));
            String name = providers.containsKey(p.displayName())
                    ? p.displayName() + " (" + p.providerKey() + ")" : p.displayName();
            providers.put(name, new StudioProviderView(p.providerKey(), p.displayName(), p.apiBase(), p.apiKeyEnv(),
                    p.hasInlineKey() ? "***" : "", p.modelIdPrefix(), own));
        }
        return new StudioConfigView(settings.defaults(), providers, settings.promptTemplates());
    }

    /** The fixed fields, then the custom ones (which never replace a fixed field). */
    public static Map<String, Object> model(StudioModel m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("model_id", m.modelId());
        view.put("display_name", m.displayName());
        view.put("context_window", m.contextWindow());
        view.put("max_output_tokens", m.maxOutputTokens());
        view.put("skip_params", m.skipParams());
        m.customFields().forEach(view::putIfAbsent);
        return view;
    }

    public StudioProvider provider(long orgId, long userId, String providerKey) {
        return repository.providers(orgId, userId).stream().filter(p -> p.providerKey().equals(providerKey))
                .findFirst().orElseThrow(() -> ApiException.notFound("Provider '" + providerKey + "' not found"));
    }
}
