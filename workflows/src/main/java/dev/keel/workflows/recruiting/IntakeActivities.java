package dev.keel.workflows.recruiting;

import io.temporal.activity.ActivityInterface;

/** Database side of recruiting intake. */
@ActivityInterface(namePrefix = "RecruitingIntake")
public interface IntakeActivities {
    /**
     * Extracts the text of an uploaded PDF, DOCX or plain-text file and stores it on the upload row; returns its
     * length. Idempotent. Non-retryable: UNSUPPORTED_MEDIA (other types), VALIDATION (unreadable or no text),
     * NOT_FOUND (no such upload).
     */
    int extractText(UploadRef upload);

    /** Creates the job once per workflow id (ON CONFLICT) and publishes ProfileChanged; returns its id. */
    long createJob(CreateJobRequest request);

    /** Creates the candidate once per workflow id (ON CONFLICT) and publishes ProfileChanged; returns its id. */
    long createCandidate(CreateCandidateRequest request);
}
