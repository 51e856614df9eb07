package dev.keel.activities.pluto;

import dev.keel.domain.pluto.AnalyticsAnswers;
import dev.keel.domain.pluto.InterviewAnalytics;
import dev.keel.domain.pluto.InterviewAnalyticsRepository;
import dev.keel.domain.pluto.InterviewTranscript;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.pluto.AnalyticsOutcome;
import dev.keel.workflows.pluto.InterviewAnalyticsActivities;
import dev.keel.workflows.pluto.TranscriptRef;
import io.temporal.failure.ApplicationFailure;
import org.springframework.stereotype.Component;

@Component("plutoAnalyticsActivities")
public class InterviewAnalyticsActivitiesImpl implements InterviewAnalyticsActivities {
    private final InterviewAnalyticsRepository repository;
    private final PlutoLlm llm;

    public InterviewAnalyticsActivitiesImpl(InterviewAnalyticsRepository repository, PlutoLlm llm) {
        this.repository = repository;
        this.llm = llm;
    }

    @Override
    public AnalyticsOutcome analyze(TranscriptRef ref) {
        InterviewTranscript transcript = repository.transcript(ref.orgId(), ref.transcriptId()).orElseThrow(() ->
                ApplicationFailure.newNonRetryableFailure("No transcript " + ref.transcriptId(),
                        FailureType.NOT_FOUND.type()));
        InterviewAnalytics analytics = repository.analyticsOf(ref.orgId(), transcript.id()).orElse(null);
        if (analytics == null) {
            // the transcript is sent whole (it is bounded by the API): quotes must be findable in it
            String user = PlutoPrompts.section("Job description", transcript.jobDescription())
                    + PlutoPrompts.section("Candidate resume", transcript.resume())
                    + "## Transcript\n" + transcript.transcript();
            analytics = llm.ask(PlutoPrompts.ANALYTICS, user,
                    answer -> AnalyticsAnswers.fromLlm(answer, transcript.transcript(), PlutoLlm.now()));
            repository.saveRoomAnalytics(transcript, analytics);
        }
        return new AnalyticsOutcome(analytics.overallScore(), analytics.recommendation(),
                analytics.unverifiedQuotesDropped());
    }
}
