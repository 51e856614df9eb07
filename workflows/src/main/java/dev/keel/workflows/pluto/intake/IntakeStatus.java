package dev.keel.workflows.pluto.intake;

/**
 * What {@link IntakeWorkflow#getStatus()} answers. status: waiting | submitted | expired | completed;
 * step (while submitted): updating_candidate | rescoring | finishing, else null; rescored is false until the
 * re-scoring activity succeeded.
 */
public record IntakeStatus(String status, String step, String intakeId, long expiresAtEpochMillis,
                           String submissionId, boolean rescored) {
    public static final String WAITING = "waiting";
    public static final String SUBMITTED = "submitted";
    public static final String EXPIRED = "expired";
    public static final String COMPLETED = "completed";
}
