package dev.keel.api.studio.runs;

import dev.keel.domain.studio.StudioTarget;
import dev.keel.domain.studio.StudioTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Test-only studio configuration until studio-config's real implementation is merged: each test user's models and
 * keys, set by the test. A user the test configured nothing for is answered by the real implementation when there is
 * one (studio-config's, over /api/config and /api/keys). Removed once every test configures through those endpoints.
 */
@Component
@Primary
public class TestStudioTargets implements StudioTargets {
    private final Map<Long, List<StudioTarget>> models = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final ApplicationContext context;

    public TestStudioTargets(ApplicationContext context) {
        this.context = context;
    }

    private Optional<StudioTargets> real(long userId) {
        if (models.containsKey(userId)) {
            return Optional.empty();
        }
        return context.getBeansOfType(StudioTargets.class).values().stream().filter(t -> t != this).findFirst();
    }

    public void configure(long userId, StudioTarget target, String apiKey) {
        models.computeIfAbsent(userId, k -> new ArrayList<>()).add(target);
        if (apiKey != null) {
            keys.put(userId + "/" + target.providerKey(), apiKey);
        }
    }

    @Override
    public Optional<StudioTarget> find(long userId, String providerKey, String modelId) {
        Optional<StudioTargets> real = real(userId);
        if (real.isPresent()) {
            return real.get().find(userId, providerKey, modelId);
        }
        return all(userId).stream().filter(t -> t.providerKey().equals(providerKey) && t.modelId().equals(modelId))
                .findFirst();
    }

    @Override
    public List<StudioTarget> all(long userId) {
        Optional<StudioTargets> real = real(userId);
        if (real.isPresent()) {
            return real.get().all(userId);
        }
        return List.copyOf(models.getOrDefault(userId, List.of()));
    }

    @Override
    public Optional<String> apiKey(long userId, String providerKey) {
        Optional<StudioTargets> real = real(userId);
        if (real.isPresent()) {
            return real.get().apiKey(userId, providerKey);
        }
        return Optional.ofNullable(keys.get(userId + "/" + providerKey));
    }
}
