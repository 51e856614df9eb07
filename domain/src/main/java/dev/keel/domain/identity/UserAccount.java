package dev.keel.domain.identity;

import java.time.OffsetDateTime;

/** A row of {@code users}; {@code role} is the org role, {@code platformAdmin} the platform-wide flag. */
public record UserAccount(long id, long orgId, String email, String username, String fullName, String passwordHash,
                          String role, boolean platformAdmin, boolean active, OffsetDateTime createdAt,
                          OffsetDateTime updatedAt) {
}
