package dev.keel.domain.autopack.research;

import java.time.Instant;

public record ResearchSession(long id, String topic, String description, String status, Instant createdAt) {
}
