package dev.keel.workflows.pluto.scoring;

public record PipelineResult(String status, int candidates, String message) {
}
