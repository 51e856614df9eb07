package dev.keel.integrations.llm;

import java.time.Duration;
import java.time.Instant;

/**
 * A piece of streamed text, stamped when its bytes were read off the socket: at (wall clock) and sinceStart
 * (monotonic, from the moment the request was sent; use this one for latency).
 */
public record LlmChunk(String text, Instant at, Duration sinceStart) {
}
