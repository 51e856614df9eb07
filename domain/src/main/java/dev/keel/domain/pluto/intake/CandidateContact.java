package dev.keel.domain.pluto.intake;

/** A row of pluto_candidate_contacts; either field may be null. */
public record CandidateContact(String phone, String email) {
    public static final CandidateContact NONE = new CandidateContact(null, null);
}
