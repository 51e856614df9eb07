package dev.keel.api.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Autopack kill switches {@code /health} reports ({@code keel.autopack.*}: AUTOPACK_ENABLE_PHASE6_METRICS, ...). */
@ConfigurationProperties("keel.autopack")
public record KillSwitches(@DefaultValue("false") Boolean enablePhase6Metrics,
                           @DefaultValue("false") Boolean enableConsolidatedMetrics) {
}
