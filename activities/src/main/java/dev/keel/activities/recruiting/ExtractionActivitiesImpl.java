package dev.keel.activities.recruiting;

import dev.keel.domain.recruiting.IntakeUpload;
import dev.keel.domain.recruiting.IntakeUploadRepository;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.recruiting.CandidateDraft;
import dev.keel.workflows.recruiting.ExtractionActivities;
import dev.keel.workflows.recruiting.JobDraft;
import dev.keel.workflows.recruiting.UploadRef;
import io.temporal.failure.ApplicationFailure;
import org.springframework.stereotype.Component;

@Component("recruitingExtractionActivities")
public class ExtractionActivitiesImpl implements ExtractionActivities {
    private final IntakeUploadRepository uploads;
    private final LlmExtractor llm;
    private final HeuristicJobExtractor jobHeuristic = new HeuristicJobExtractor(SkillVocabulary.standard());
    private final HeuristicResumeExtractor resumeHeuristic = new HeuristicResumeExtractor(SkillVocabulary.standard());

    public ExtractionActivitiesImpl(IntakeUploadRepository uploads, LlmExtractor llm) {
        this.uploads = uploads;
        this.llm = llm;
    }

    @Override
    public JobDraft extractJob(UploadRef upload) {
        String text = jobText(upload);
        return llm.available() ? llm.job(text) : jobHeuristic.extract(text);
    }

    @Override
    public JobDraft heuristicJob(UploadRef upload) {
        return jobHeuristic.extract(jobText(upload));
    }

    @Override
    public CandidateDraft extractCandidate(UploadRef upload) {
        String text = text(IntakeActivitiesImpl.load(uploads, upload));
        return llm.available() ? llm.candidate(text) : resumeHeuristic.extract(text);
    }

    @Override
    public CandidateDraft heuristicCandidate(UploadRef upload) {
        return resumeHeuristic.extract(text(IntakeActivitiesImpl.load(uploads, upload)));
    }

    /** A job req's recruiter notes are appended before extraction (seed: "Recruiter notes: ..."). */
    private String jobText(UploadRef ref) {
        IntakeUpload upload = IntakeActivitiesImpl.load(uploads, ref);
        String text = text(upload);
        return upload.notes() == null || upload.notes().isBlank() ? text
                : text + "\n\nRecruiter notes: " + upload.notes().strip();
    }

    private static String text(IntakeUpload upload) {
        if (upload.text() == null) {
            throw ApplicationFailure.newNonRetryableFailure("Upload " + upload.id() + " has no extracted text",
                    FailureType.VALIDATION.type());
        }
        return upload.text();
    }
}
