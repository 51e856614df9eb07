package dev.keel.api.studio.runs;

import dev.keel.api.platform.StrictString;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;

/** POST /api/benchmark/cancel: an optional run (job_id as the original's later versions call it); empty is fine. */
@Schema(example = """
        {"run_id": "3f2a9c0d4b5e6f708192a3b4c5d6e7f8"}""")
public record BenchmarkCancelRequest(
        @Size(max = 64, message = "at most 64 characters") @JsonDeserialize(using = StrictString.class) String runId,
        @Size(max = 64, message = "at most 64 characters") @JsonDeserialize(using = StrictString.class) String jobId) {
}
