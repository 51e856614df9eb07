package dev.keel.api.studio.runs;

import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.StudioTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test-only studio configuration until studio-config's real implementation is merged: each test user's models and
 * keys, set by the test. Removed once the tests configure providers and keys through /api/config and /api/keys.
 */
@Component
@Primary
public class TestStudioTargets implements StudioTargets {
    private final Map<Long, List<StudioTarget>> models = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    public void configure(long userId, StudioTarget target, String apiKey) {
        models.computeIfAbsent(userId, k -> new ArrayList<>()).add(target);
        if (apiKey != null) {
            keys.put(userId + "/" + target.providerKey(), apiKey);
        }
    }

    @Override
    public Optional<StudioTarget> find(long userId, String providerKey, String modelId) {
        return all(userId).stream().filter(t -> t.providerKey().equals(providerKey) && t.modelId().equals(modelId))
                .findFirst();
    }

    @Override
    public List<StudioTarget> all(long userId) {
        return List.copyOf(models.getOrDefault(userId, List.of()));
    }

    @Override
    public Optional<String> apiKey(long userId, String providerKey) {
        return Optional.ofNullable(keys.get(userId + "/" + providerKey));
    }
}
