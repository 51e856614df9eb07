package dev.keel.integrations.llm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A finished streamed completion: every text chunk with its arrival time, the time to the first token (null if
 * the model said nothing), the whole call's duration and the usage the provider reported in the stream.
 */
public record LlmStream(String text, List<LlmChunk> chunks, Instant startedAt, Duration firstToken, Duration total,
                        LlmUsage usage) {
}
