package dev.keel.workflows.pluto.scoring;

public record RunRef(long orgId, String runId) {
}
