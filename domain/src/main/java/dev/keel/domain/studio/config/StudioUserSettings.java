package dev.keel.domain.studio.config;

import java.util.Map;

/** A row of {@code studio_user_settings}: the config's defaults, prompt templates, phase-10 settings, onboarding. */
public record StudioUserSettings(Map<String, Object> defaults, Map<String, Object> promptTemplates,
                                 Map<String, Object> phase10, boolean onboardingCompleted) {
}
