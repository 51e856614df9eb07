package dev.keel.workflows.pluto.interviews;

/** A stored interview transcript (pluto_transcripts.id) of an organization's room. */
public record TranscriptRef(long orgId, String roomName, long transcriptId) {
}
