package dev.keel.api.pluto;

import dev.keel.domain.pluto.PlutoPrebriefs;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Test-only wiring, picked up by component scan in every test context (so the cached context is shared):
 * stored pre-briefs the interview tests can put in place until the pre-brief feature provides its own.
 */
@Configuration
public class PlutoRoomsTestConfig {
    /** Pre-brief text by candidate id; empty unless a test puts one. */
    public static final Map<UUID, String> PREBRIEFS = new ConcurrentHashMap<>();

    @Bean
    @Primary
    @Order(Ordered.HIGHEST_PRECEDENCE)
    PlutoPrebriefs testPlutoPrebriefs() {
        return (orgId, candidateId) -> Optional.ofNullable(PREBRIEFS.get(candidateId));
    }
}
