package dev.keel.domain.studio.params;

import java.util.List;
import java.util.Map;

/** The validator's answer: {@code valid} when nothing had to change. */
public record ParamValidation(boolean valid, List<ParamAdjustment> adjustments, List<String> warnings,
                              Map<String, Object> resolvedParams) {
}
