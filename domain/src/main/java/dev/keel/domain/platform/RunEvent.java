package dev.keel.domain.platform;

import java.time.Instant;

/** A progress event of a run; {@code seq} is its position in the run (1, 2, 3...) and its SSE event id. */
public record RunEvent(long id, long runId, long seq, String type, String data, Instant createdAt) {
}
