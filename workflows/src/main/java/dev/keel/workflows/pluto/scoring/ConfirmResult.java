package dev.keel.workflows.pluto.scoring;

/** The confirmScoring update's answer: the run and its status once AI scoring is confirmed. */
public record ConfirmResult(String runId, String status, String message) {
}
