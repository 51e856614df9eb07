package dev.keel.domain.autopack.builds;

import java.time.Instant;

/** A run of the operator's inbox with its phase counts and current phase. */
public record InboxRow(String runId, String state, Instant createdAt, long tokensUsed, long tokenCap, int phasesTotal,
                       int phasesCompleted, String currentPhaseName) {
}
