package dev.keel.workflows.pluto.briefs;

/** A stored room pre-brief request (pluto_prebrief_requests.id) of an organization. */
public record PrebriefRequestRef(long orgId, long requestId) {
}
