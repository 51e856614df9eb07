package dev.keel.domain.identity;

import java.time.OffsetDateTime;

public record ApiKey(long id, long orgId, String name, OffsetDateTime createdAt) {
}
