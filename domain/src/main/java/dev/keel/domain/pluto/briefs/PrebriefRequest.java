package dev.keel.domain.pluto.briefs;

/** The inputs of one room pre-brief request; companyContext may be null. */
public record PrebriefRequest(long id, long orgId, String roomName, String jobDescription, String resume,
        String companyContext) {
}
