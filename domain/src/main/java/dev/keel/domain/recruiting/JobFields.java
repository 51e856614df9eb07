package dev.keel.domain.recruiting;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The editable fields of a job; {@link #problem()} names the first rule the values break, if any. Skill lists are
 * null when never set (as in the original product), salaries are 64-bit.
 */
public record JobFields(String title, String department, String location, String employmentType,
                        String remoteOption, Long salaryMin, Long salaryMax, String currency,
                        String description, List<String> requiredSkills, List<String> niceToHaveSkills,
                        String status, boolean isPublic) {
    public static final Set<String> STATUSES = Set.of("open", "on_hold", "closed");

    public JobFields {
        requiredSkills = requiredSkills == null ? null : List.copyOf(requiredSkills);
        niceToHaveSkills = niceToHaveSkills == null ? null : List.copyOf(niceToHaveSkills);
    }

    public static final String DEFAULT_CURRENCY = "USD";

    /** What a create request starts from: status open, not public, currency USD, skill lists unset (null). */
    public static JobFields defaults() {
        return new JobFields(null, null, null, null, null, null, null, DEFAULT_CURRENCY, null, null, null, "open", false);
    }

    public Optional<String> problem() {
        if (title == null || title.isBlank()) {
            return Optional.of("title: must not be blank");
        }
        if (salaryMin != null && salaryMin < 0 || salaryMax != null && salaryMax < 0) {
            return Optional.of("salary_min and salary_max must not be negative");
        }
        if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
            return Optional.of("salary_min must not be greater than salary_max");
        }
        if (status == null || !STATUSES.contains(status)) {
            return Optional.of("status: must be one of open, on_hold, closed");
        }
        return Optional.empty();
    }
}
