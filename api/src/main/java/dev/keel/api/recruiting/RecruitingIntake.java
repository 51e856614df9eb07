package dev.keel.api.recruiting;

import dev.keel.domain.recruiting.DocumentText;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.recruiting.CandidateRepository;
import dev.keel.domain.recruiting.IntakeUploadRepository;
import dev.keel.domain.recruiting.JobRepository;
import dev.keel.workflows.recruiting.IntakeResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores the prompt or file (the workflow gets only its id), rejects what can be rejected before starting
 * (413 size, 415 type, 422 empty), runs the intake workflow and renders the result with its summary.
 */
@Service
public class RecruitingIntake {
    public record Created<T>(T record, String summary) {
    }

    private final IntakeRunner runner;
    private final IntakeUploadRepository uploads;
    private final JobRepository jobs;
    private final CandidateRepository candidates;

    public RecruitingIntake(IntakeRunner runner, IntakeUploadRepository uploads, JobRepository jobs,
                            CandidateRepository candidates) {
        this.runner = runner;
        this.uploads = uploads;
        this.jobs = jobs;
        this.candidates = candidates;
    }

    public Created<JobOut> jobFromPrompt(Caller caller, String prompt) {
        long uploadId = uploads.insert(caller.orgId(), "job_prompt", null, "text/plain",
                prompt.getBytes(StandardCharsets.UTF_8), null);
        uploads.saveText(caller.orgId(), uploadId, prompt);
        IntakeResult result = runner.job(caller.orgId(), caller.userId(), uploadId, false,
                "Job intake from a prompt (" + prompt.length() + " chars)");
        JobOut job = JobOut.of(jobs.find(caller.orgId(), result.id()).orElseThrow());
        return new Created<>(job, IntakeSummaries.job(job, "your description", result.extractor()));
    }

    public Created<JobOut> jobFromFile(Caller caller, MultipartFile file, String notes) {
        long uploadId = store(caller, "job_req", "job_req", file, notes);
        IntakeResult result = runner.job(caller.orgId(), caller.userId(), uploadId, true,
                "Job intake from file " + file.getOriginalFilename());
        JobOut job = JobOut.of(jobs.find(caller.orgId(), result.id()).orElseThrow());
        return new Created<>(job, IntakeSummaries.job(job,
                "the uploaded file '" + file.getOriginalFilename() + "'", result.extractor()));
    }

    public Created<CandidateOut> candidateFromResume(Caller caller, MultipartFile file, String notes) {
        long uploadId = store(caller, "resume", "resume", file, notes);
        IntakeResult result = runner.candidate(caller.orgId(), uploadId,
                "Candidate intake from resume " + file.getOriginalFilename());
        CandidateOut candidate = CandidateOut.of(candidates.find(caller.orgId(), result.id()).orElseThrow());
        return new Created<>(candidate, IntakeSummaries.candidate(candidate, result.extractor()));
    }

    private long store(Caller caller, String kind, String field, MultipartFile file, String notes) {
        if (file == null) {
            throw ApiException.unprocessable(field + ": file required");
        }
        if (file.getSize() > DocumentText.MAX_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, field + ": file larger than 5 MB");
        }
        if (file.isEmpty()) {
            throw ApiException.unprocessable(field + ": file is empty");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw ApiException.badRequest("Upload could not be read");
        }
        DocumentText.Type type = DocumentText.detect(file.getOriginalFilename(), file.getContentType(), bytes);
        if (type == DocumentText.Type.UNSUPPORTED) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    field + ": unsupported file type; upload a PDF, DOCX or plain-text file");
        }
        if (type == DocumentText.Type.TEXT && new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw ApiException.unprocessable(field + ": file has no text");
        }
        return uploads.insert(caller.orgId(), kind, file.getOriginalFilename(), file.getContentType(), bytes, notes);
    }
}
