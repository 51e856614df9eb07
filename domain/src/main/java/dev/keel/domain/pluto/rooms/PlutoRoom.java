package dev.keel.domain.pluto.rooms;

import java.time.Instant;
import java.util.UUID;

/** A row of pluto_rooms: a Daily.co room Keel created for an organization; candidateId is null for ad-hoc rooms. */
public record PlutoRoom(String roomName, long orgId, String roomUrl, Instant expiresAt, UUID candidateId,
        String candidateName, String interviewerName, String realtimeSessionId, Long createdBy, Instant createdAt) {

    public boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
