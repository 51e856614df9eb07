package dev.keel.domain.pluto.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A row of pluto_intakes: one signed intake link (id = the token's jti). status: open | revoked | submitted |
 * completed | expired.
 */
public record PlutoIntake(UUID id, long orgId, UUID candidateId, String workflowId, String status, Instant expiresAt) {
    public static final String OPEN = "open";
    public static final String REVOKED = "revoked";
    public static final String SUBMITTED = "submitted";
    public static final String COMPLETED = "completed";
    public static final String EXPIRED = "expired";

    public boolean expiredAt(Instant now) {
        return EXPIRED.equals(status) || !now.isBefore(expiresAt);
    }
}
