package dev.keel.api.recruiting.body;

import dev.keel.api.platform.ApiException;
import dev.keel.api.platform.Patch;
import dev.keel.domain.recruiting.CandidateFields;

/** The candidate fields of a create or PATCH body, merged over a base (empty or the stored candidate). */
public interface CandidateInput {
    Patch<String> fullName();

    Patch<String> headline();

    Patch<String> location();

    Patch<Integer> experienceYears();

    Patch<String> currentTitle();

    Patch<String> currentCompany();

    Patch<String> linkedinUrl();

    Patch<String> githubUrl();

    Patch<String> websiteUrl();

    Patch<String> notes();

    /** The base with the sent fields applied; a 422 on a wrongly typed field or a rule the result breaks. */
    default CandidateFields over(CandidateFields base) {
        CandidateFields merged = new CandidateFields(fullName().orElse(base.fullName()),
                headline().orElse(base.headline()), location().orElse(base.location()),
                experienceYears().orElse(base.experienceYears()), currentTitle().orElse(base.currentTitle()),
                currentCompany().orElse(base.currentCompany()), linkedinUrl().orElse(base.linkedinUrl()),
                githubUrl().orElse(base.githubUrl()), websiteUrl().orElse(base.websiteUrl()),
                notes().orElse(base.notes()));
        merged.problem().ifPresent(p -> {
            throw ApiException.unprocessable(p);
        });
        return merged;
    }
}
