package dev.keel.workflows.platform;

/** One reconciliation pass: open runs checked, runs closed because Temporal had closed them, checks that failed. */
public record ReconcileReport(int checked, int closed, int errors) {
}
