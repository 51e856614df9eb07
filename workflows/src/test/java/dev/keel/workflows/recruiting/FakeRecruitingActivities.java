package dev.keel.workflows.recruiting;

import dev.keel.temporal.FailureType;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Scriptable stand-ins for the recruiting activities, counting calls. */
class FakeRecruitingActivities implements IntakeActivities, ExtractionActivities {
    volatile boolean llmMalformed;
    volatile boolean unreadableFile;
    final AtomicInteger llmCalls = new AtomicInteger();
    final AtomicInteger textCalls = new AtomicInteger();
    final AtomicInteger creates = new AtomicInteger();

    @Override
    public int extractText(UploadRef upload) {
        textCalls.incrementAndGet();
        if (unreadableFile) {
            throw ApplicationFailure.newNonRetryableFailure("No text found in the file", FailureType.VALIDATION.type());
        }
        return 120;
    }

    @Override
    public long createJob(CreateJobRequest request) {
        creates.incrementAndGet();
        return 42;
    }

    @Override
    public long createCandidate(CreateCandidateRequest request) {
        creates.incrementAndGet();
        return 7;
    }

    @Override
    public JobDraft extractJob(UploadRef upload) {
        llmCalls.incrementAndGet();
        if (llmMalformed) {
            throw ApplicationFailure.newFailure("LLM returned malformed JSON", "LLM_MALFORMED_OUTPUT");
        }
        return job("llm");
    }

    @Override
    public JobDraft heuristicJob(UploadRef upload) {
        return job("heuristic");
    }

    @Override
    public CandidateDraft extractCandidate(UploadRef upload) {
        llmCalls.incrementAndGet();
        if (llmMalformed) {
            throw ApplicationFailure.newFailure("LLM returned malformed JSON", "LLM_MALFORMED_OUTPUT");
        }
        return candidate("llm");
    }

    @Override
    public CandidateDraft heuristicCandidate(UploadRef upload) {
        return candidate("heuristic");
    }

    private static JobDraft job(String extractor) {
        return new JobDraft("Senior Backend Engineer", null, "New York, NY", "Full-time", "Hybrid", 160000, 200000,
                "USD", "We are hiring", List.of("Python"), List.of(), extractor);
    }

    private static CandidateDraft candidate(String extractor) {
        return new CandidateDraft("Jane Doe", null, null, 8, "Staff Engineer", "TechCorp", null, null, null, null,
                extractor);
    }
}
