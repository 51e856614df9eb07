package dev.keel.domain.recruiting;

import java.util.Optional;
import java.util.Set;

/** The editable fields of an application (job and candidate are fixed once created). */
public record ApplicationFields(String status, String source, Integer fitScore) {
    public static final Set<String> STATUSES = Set.of("sourced", "screening", "interview", "offer", "hired", "rejected");

    public static ApplicationFields defaults() {
        return new ApplicationFields("sourced", "manual", null);
    }

    public Optional<String> problem() {
        if (status == null || !STATUSES.contains(status)) {
            return Optional.of("status: must be one of sourced, screening, interview, offer, hired, rejected");
        }
        if (source == null || source.isBlank()) {
            return Optional.of("source: must not be blank");
        }
        if (fitScore != null && (fitScore < 0 || fitScore > 100)) {
            return Optional.of("fit_score: must be between 0 and 100");
        }
        return Optional.empty();
    }
}
