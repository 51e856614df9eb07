package dev.keel.domain.platform;

import java.time.Instant;

/** A progress event of a run; {@code id} grows monotonically and is the SSE event id. */
public record RunEvent(long id, long runId, String type, String data, Instant createdAt) {
}
