package dev.keel.domain.identity;

import java.time.OffsetDateTime;
import java.util.UUID;

public record RefreshToken(long id, long orgId, long userId, UUID familyId, OffsetDateTime expiresAt,
                           OffsetDateTime rotatedAt, OffsetDateTime revokedAt) {
}
