package dev.keel.domain.autopack.storage;

import java.util.Map;

/** One recommendation: type (insufficient_data, growth_alert, recurring_waste, top_consumers), priority, text. */
public record StorageRecommendation(String type, String priority, String title, String description,
                                    Map<String, Object> evidence, String action, Long potentialSavingsBytes) {
}
