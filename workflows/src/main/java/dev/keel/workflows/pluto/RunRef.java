package dev.keel.workflows.pluto;

public record RunRef(long orgId, String runId) {
}
