package dev.keel.activities.recruiting;

import dev.keel.domain.recruiting.DocumentText;
import dev.keel.domain.platform.RunIndex;
import dev.keel.domain.platform.RunStatus;
import dev.keel.domain.recruiting.CandidateFields;
import dev.keel.domain.recruiting.CandidateService;
import dev.keel.domain.recruiting.IntakeUpload;
import dev.keel.domain.recruiting.IntakeUploadRepository;
import dev.keel.domain.recruiting.JobFields;
import dev.keel.domain.recruiting.JobService;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.recruiting.CandidateDraft;
import dev.keel.workflows.recruiting.CreateCandidateRequest;
import dev.keel.workflows.recruiting.CreateJobRequest;
import dev.keel.workflows.recruiting.IntakeActivities;
import dev.keel.workflows.recruiting.JobDraft;
import dev.keel.workflows.recruiting.UploadRef;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import org.springframework.stereotype.Component;

@Component("recruitingIntakeActivities")
public class IntakeActivitiesImpl implements IntakeActivities {
    private final IntakeUploadRepository uploads;
    private final JobService jobs;
    private final CandidateService candidates;
    private final RunIndex runs;

    public IntakeActivitiesImpl(IntakeUploadRepository uploads, JobService jobs, CandidateService candidates,
                                RunIndex runs) {
        this.uploads = uploads;
        this.jobs = jobs;
        this.candidates = candidates;
        this.runs = runs;
    }

    @Override
    public int extractText(UploadRef ref) {
        IntakeUpload upload = load(uploads, ref);
        if (upload.text() != null) {
            return upload.text().length();
        }
        DocumentText.Type type = DocumentText.detect(upload.filename(), upload.contentType(), upload.content());
        if (type == DocumentText.Type.UNSUPPORTED) {
            throw terminal(ApplicationFailure.newNonRetryableFailure(
                    "Unsupported file type: upload a PDF, DOCX or text file", FailureType.UNSUPPORTED_MEDIA.type()));
        }
        try {
            String text = DocumentText.extract(type, upload.content());
            uploads.saveText(ref.orgId(), ref.uploadId(), text);
            return text.length();
        } catch (DocumentText.UnreadableException e) {
            throw terminal(ApplicationFailure.newNonRetryableFailure(e.getMessage(), FailureType.VALIDATION.type()));
        }
    }

    @Override
    public long createJob(CreateJobRequest request) {
        JobDraft d = request.draft();
        JobFields fields = new JobFields(d.title(), d.department(), d.location(), d.employmentType(), d.remoteOption(),
                wide(d.salaryMin()), wide(d.salaryMax()), d.currency() == null ? JobFields.DEFAULT_CURRENCY : d.currency(),
                d.description(), d.requiredSkills(), d.niceToHaveSkills(), "open", false);
        fields.problem().ifPresent(p -> {
            throw terminal(ApplicationFailure.newNonRetryableFailure("Extracted job is invalid: " + p,
                    FailureType.VALIDATION.type()));
        });
        long id = jobs.createForIntake(request.orgId(), request.userId(), fields, request.workflowId()).id();
        runs.close(request.workflowId(), RunStatus.COMPLETED, null, null);
        return id;
    }

    @Override
    public long createCandidate(CreateCandidateRequest request) {
        CandidateDraft d = request.draft();
        String recruiterNotes = load(uploads, new UploadRef(request.orgId(), request.uploadId())).notes();
        String notes = d.notes();
        if (recruiterNotes != null && !recruiterNotes.isBlank()) {
            notes = (notes == null ? "" : notes + "\n\n") + "Additional recruiter notes: " + recruiterNotes.strip();
        }
        CandidateFields fields = new CandidateFields(d.fullName(), d.headline(), d.location(), d.experienceYears(),
                d.currentTitle(), d.currentCompany(), d.linkedinUrl(), d.githubUrl(), d.websiteUrl(), notes);
        fields.problem().ifPresent(p -> {
            throw terminal(ApplicationFailure.newNonRetryableFailure("Extracted candidate is invalid: " + p,
                    FailureType.VALIDATION.type()));
        });
        long id = candidates.createForIntake(request.orgId(), fields, request.workflowId()).id();
        runs.close(request.workflowId(), RunStatus.COMPLETED, null, null);
        return id;
    }

    /**
     * The intake workflows do not catch these non-retryable failures, so the run ends here: record it in the
     * run index now, whether or not an API request is still waiting for the result.
     */
    private ApplicationFailure terminal(ApplicationFailure failure) {
        runs.close(Activity.getExecutionContext().getInfo().getWorkflowId(), RunStatus.FAILED, null, null);
        return failure;
    }

    static IntakeUpload load(IntakeUploadRepository uploads, UploadRef ref) {
        return uploads.find(ref.orgId(), ref.uploadId()).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Upload " + ref.uploadId() + " not found", FailureType.NOT_FOUND.type()));
    }

    private static Long wide(Integer salary) {
        return salary == null ? null : salary.longValue();
    }
}
