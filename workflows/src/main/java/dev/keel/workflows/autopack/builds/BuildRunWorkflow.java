package dev.keel.workflows.autopack.builds;

import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * An Autopack build run (seed 003), id autopack-run-{org}-{run_id}: holds the run, tier and phase state the
 * executor drives through updates, enforces the token cap, max phases and max duration, and ends in one DONE_*
 * state. Validators refuse illegal requests with a message; messages starting with "Invalid" are input errors
 * (422), the others conflicts with the run's state (409).
 */
@WorkflowInterface
public interface BuildRunWorkflow {
    @WorkflowMethod
    RunState run(BuildRunInput input);

    @UpdateMethod(description = "Executor: a phase's new state and counters")
    PhaseAnswer updateStatus(PhaseStatusChange change);

    @UpdateValidatorMethod(updateName = "updateStatus")
    void validateUpdateStatus(PhaseStatusChange change);

    @UpdateMethod(description = "Executor: the builder's result for a phase")
    PhaseAnswer builderResult(BuilderReport report);

    @UpdateValidatorMethod(updateName = "builderResult")
    void validateBuilderResult(BuilderReport report);

    @UpdateMethod(description = "Executor: the auditor's result for a phase")
    PhaseAnswer auditorResult(AuditorReport report);

    @UpdateValidatorMethod(updateName = "auditorResult")
    void validateAuditorResult(AuditorReport report);

    @UpdateMethod(description = "Executor: an issue seen in a phase")
    PhaseAnswer recordIssue(IssueReport issue);

    @UpdateValidatorMethod(updateName = "recordIssue")
    void validateRecordIssue(IssueReport issue);
}
