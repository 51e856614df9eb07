package dev.keel.domain.studio.config;

import dev.keel.domain.studio.StudioSecrets;
import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.StudioTargets;
import dev.keel.domain.studio.keys.StudioKeyRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@link StudioTargets} over the studio tables; keys are decrypted only here, for activities. */
@Component
public class StudioTargetsRepository implements StudioTargets {
    private final StudioConfigRepository config;
    private final StudioKeyRepository keys;
    private final StudioSecrets secrets;

    public StudioTargetsRepository(StudioConfigRepository config, StudioKeyRepository keys, StudioSecrets secrets) {
        this.config = config;
        this.keys = keys;
        this.secrets = secrets;
    }

    @Override
    public Optional<StudioTarget> find(long userId, String providerKey, String modelId) {
        return all(userId).stream()
                .filter(t -> t.providerKey().equals(providerKey) && t.modelId().equals(modelId)).findFirst();
    }

    @Override
    public List<StudioTarget> all(long userId) {
        List<StudioProvider> providers = config.providers(userId);
        Map<Long, StudioProvider> byId = providers.stream()
                .collect(Collectors.toMap(StudioProvider::id, Function.identity()));
        List<StudioModel> models = config.models(userId);
        List<StudioTarget> targets = new ArrayList<>();
        for (StudioProvider p : providers) {
            for (StudioModel m : models) {
                if (byId.get(m.providerId()) == p) {
                    targets.add(new StudioTarget(p.providerKey(), ProviderKinds.kind(p), p.apiBase(), m.modelId(),
                            m.displayName(), m.contextWindow(), m.maxOutputTokens(), m.skipParams(),
                            m.customFields()));
                }
            }
        }
        return targets;
    }

    @Override
    public Optional<String> apiKey(long userId, String providerKey) {
        Optional<String> own = keys.userKey(userId, providerKey).map(k -> secrets.decrypt(k.cipher()));
        if (own.isPresent()) {
            return own;
        }
        Optional<StudioProvider> provider = config.provider(userId, providerKey);
        if (provider.isEmpty()) {
            return Optional.empty();
        }
        StudioProvider p = provider.get();
        if (!p.apiKeyEnv().isBlank()) {
            Optional<String> global = keys.envKey(p.apiKeyEnv()).map(k -> secrets.decrypt(k.cipher()));
            if (global.isPresent()) {
                return global;
            }
        }
        return p.hasInlineKey() ? Optional.of(secrets.decrypt(p.apiKeyCipher())) : Optional.empty();
    }
}
