package dev.keel.api.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.recruiting.IntakeUploadRepository;
import dev.keel.temporal.TemporalCli;
import dev.keel.temporal.WorkflowKind;
import dev.keel.workflows.recruiting.JobIntakeInput;
import dev.keel.workflows.recruiting.JobIntakeWorkflow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Workflows a lifecycle test can launch cheaply, and the Temporal CLI an operator would use on them. */
final class RunFixtures {
    private RunFixtures() {
    }

    /** A job intake from a prompt (heuristic extraction, done in a second unless an LLM is configured). */
    static Launch jobIntake(IntakeUploadRepository uploads, long orgId, String workflowId, String prompt) {
        long uploadId = uploads.insert(orgId, "job_prompt", null, "text/plain", prompt.getBytes(StandardCharsets.UTF_8),
                null);
        uploads.saveText(orgId, uploadId, prompt);
        return Launch.of(WorkflowKind.RECRUITING_JOB, orgId, "upload-" + uploadId, workflowId,
                JobIntakeWorkflow.class, new JobIntakeInput(orgId, null, uploadId, false), "Test job intake");
    }

    /** Runs {@code temporal workflow terminate} against the test's dev server, as an operator would. */
    static void terminate(String target, String workflowId, String reason) throws Exception {
        Path cli = TemporalCli.locateFromEnvironment().orElseThrow();
        Process process = new ProcessBuilder(cli.toString(), "workflow", "terminate", "--address", target,
                "--namespace", "default", "--workflow-id", workflowId, "--reason", reason)
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("temporal workflow terminate finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }
}
