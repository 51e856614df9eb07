package dev.keel.domain.recruiting.matching;

/** The fields of a candidate that matching reads. */
public record CandidateProfile(long id, String fullName, String headline, String location, Integer experienceYears,
                               String currentTitle, String currentCompany, String notes) {
}
