package dev.keel.workflows.pluto;

public record PipelineResult(String status, int candidates, String message) {
}
