package dev.keel.domain.pluto.interviews;

/** A stored interview transcript with the optional job description and resume sent with it. */
public record InterviewTranscript(long id, long orgId, String roomName, String transcript, String jobDescription,
        String resume) {
}
