package dev.keel.domain.identity;

import java.time.OffsetDateTime;

public record CliToken(String jti, long userId, OffsetDateTime expiresAt, OffsetDateTime revokedAt,
                       OffsetDateTime createdAt) {
}
