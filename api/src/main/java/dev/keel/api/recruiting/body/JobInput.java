package dev.keel.api.recruiting.body;

import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.Patch;
import dev.keel.domain.recruiting.JobFields;
import java.util.List;

/** The job fields of a create or PATCH body, merged over a base (defaults or the stored job) and validated. */
public interface JobInput {
    Patch<String> title();

    Patch<String> department();

    Patch<String> location();

    Patch<String> employmentType();

    Patch<String> remoteOption();

    Patch<Long> salaryMin();

    Patch<Long> salaryMax();

    Patch<String> currency();

    Patch<String> description();

    Patch<List<String>> requiredSkills();

    Patch<List<String>> niceToHaveSkills();

    Patch<String> status();

    Patch<Boolean> isPublic();

    /** The base with the sent fields applied; a 422 on a wrongly typed field or a rule the result breaks. */
    default JobFields over(JobFields base) {
        Boolean isPublic = isPublic().orElse(base.isPublic());
        if (isPublic == null) {
            throw ApiException.unprocessable("is_public: must not be null");
        }
        JobFields merged = new JobFields(title().orElse(base.title()), department().orElse(base.department()),
                location().orElse(base.location()), employmentType().orElse(base.employmentType()),
                remoteOption().orElse(base.remoteOption()), salaryMin().orElse(base.salaryMin()),
                salaryMax().orElse(base.salaryMax()), currency().orElse(base.currency()),
                description().orElse(base.description()), requiredSkills().orElse(base.requiredSkills()),
                niceToHaveSkills().orElse(base.niceToHaveSkills()), status().orElse(base.status()),
                isPublic);
        merged.problem().ifPresent(p -> {
            throw ApiException.unprocessable(p);
        });
        return merged;
    }
}
