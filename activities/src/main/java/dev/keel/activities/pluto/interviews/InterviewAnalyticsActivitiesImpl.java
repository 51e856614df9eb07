package dev.keel.activities.pluto.interviews;

import dev.keel.activities.pluto.PlutoLlm;
import dev.keel.activities.pluto.PlutoPrompts;
import dev.keel.domain.pluto.interviews.AnalyticsAnswers;
import dev.keel.domain.pluto.interviews.InterviewAnalytics;
import dev.keel.domain.pluto.interviews.InterviewAnalyticsRepository;
import dev.keel.domain.pluto.interviews.InterviewTranscript;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.pluto.interviews.AnalyticsOutcome;
import dev.keel.workflows.pluto.interviews.InterviewAnalyticsActivities;
import dev.keel.workflows.pluto.interviews.TranscriptRef;
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
