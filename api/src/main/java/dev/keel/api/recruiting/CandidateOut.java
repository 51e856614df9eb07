package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.Candidate;
import dev.keel.domain.recruiting.CandidateFields;

/** A candidate as the seed's CandidateOut, field for field. */
public record CandidateOut(long id, long orgId, String fullName, String headline, String location,
                           Integer experienceYears, String currentTitle, String currentCompany, String linkedinUrl,
                           String githubUrl, String websiteUrl, String notes) {

    static CandidateOut of(Candidate candidate) {
        CandidateFields f = candidate.fields();
        return new CandidateOut(candidate.id(), candidate.orgId(), f.fullName(), f.headline(), f.location(),
                f.experienceYears(), f.currentTitle(), f.currentCompany(), f.linkedinUrl(), f.githubUrl(),
                f.websiteUrl(), f.notes());
    }
}
