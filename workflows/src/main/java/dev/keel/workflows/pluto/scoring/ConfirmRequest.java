package dev.keel.workflows.pluto.scoring;

/** The confirmScoring update's argument: who confirmed (user id, null for an API key or an operator). */
public record ConfirmRequest(Long confirmedBy) {
}
