package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.Candidate;
import dev.keel.domain.recruiting.CandidateFields;
import io.swagger.v3.oas.annotations.media.Schema;

/** A candidate as the seed's CandidateOut, field for field. */
@Schema(name = "CandidateOut")
public record CandidateOut(long id, long orgId, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String fullName,
                           String headline, String location, Integer experienceYears, String currentTitle,
                           String currentCompany, String linkedinUrl, String githubUrl, String websiteUrl, String notes) {

    static CandidateOut of(Candidate candidate) {
        CandidateFields f = candidate.fields();
        return new CandidateOut(candidate.id(), candidate.orgId(), f.fullName(), f.headline(), f.location(),
                f.experienceYears(), f.currentTitle(), f.currentCompany(), f.linkedinUrl(), f.githubUrl(),
                f.websiteUrl(), f.notes());
    }
}
