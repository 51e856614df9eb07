package dev.keel.activities.pluto.interviews;

import dev.keel.activities.pluto.PlutoLlm;
import dev.keel.integrations.llm.ChatModel;
import dev.keel.integrations.llm.LlmSettings;
import dev.keel.integrations.llm.LlmGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.keel.activities.recruiting.FakeOpenAiServer;
import dev.keel.activities.recruiting.LlmJsonClient;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.domain.pluto.interviews.InterviewAnalytics;
import dev.keel.domain.pluto.interviews.InterviewAnalyticsRepository;
import dev.keel.domain.pluto.interviews.InterviewTranscript;
import dev.keel.workflows.pluto.interviews.AnalyticsOutcome;
import dev.keel.workflows.pluto.interviews.InterviewAnalyticsActivities;
import dev.keel.workflows.pluto.interviews.TranscriptRef;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The analytics activity against a local OpenAI-compatible server: storage, quote checks, failure types. */
class InterviewAnalyticsActivitiesImplTest {
    private static final String TRANSCRIPT = "Interviewer: Quota?\nCandidate: I hit 140% of quota last year.";

    private final FakeOpenAiServer llm = new FakeOpenAiServer();
    private final TestChatModelSettings settings = new TestChatModelSettings();
    private final List<InterviewAnalytics> stored = new CopyOnWriteArrayList<>();
    private TestActivityEnvironment env;
    private InterviewAnalyticsActivities activities;

    @BeforeEach
    void setUp() {
        settings.use(llm.baseUrl(), "test-key", "gpt-4o-mini");
        InterviewAnalyticsRepository repository = new InterviewAnalyticsRepository(null) {
            @Override
            public Optional<InterviewTranscript> transcript(long orgId, long id) {
                return id == 404 ? Optional.empty()
                        : Optional.of(new InterviewTranscript(id, orgId, "room", TRANSCRIPT, null, null));
            }

            @Override
            public Optional<InterviewAnalytics> analyticsOf(long orgId, long transcriptId) {
                return stored.stream().findFirst();
            }

            @Override
            public void saveRoomAnalytics(InterviewTranscript transcript, InterviewAnalytics analytics) {
                stored.add(analytics);
            }
        };
        env = TestActivityEnvironment.newInstance();
        env.registerActivitiesImplementations(
                new InterviewAnalyticsActivitiesImpl(repository, new PlutoLlm(new LlmJsonClient(new ChatModel(settings, new LlmGateway(Duration.ofSeconds(5)))))));
        activities = env.newActivityStub(InterviewAnalyticsActivities.class, ActivityOptions.newBuilder()
                .setStartToCloseTimeout(Duration.ofSeconds(30))
                .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                .build());
    }

    @AfterEach
    void tearDown() {
        env.close();
        llm.close();
    }

    @Test
    void storesValidatedAnalyticsAndDoesNotCallTheLlmAgainForTheSameTranscript() {
        llm.answer("{\"overall_score\": 71, \"recommendation\": \"hire\", \"strengths\": [{\"point\": \"Quota\","
                + " \"quote\": \"I hit 140% of quota last year.\"}, {\"point\": \"Made up\", \"quote\": \"I am #1\"}]}");
        AnalyticsOutcome outcome = activities.analyze(new TranscriptRef(1, "room", 7));
        assertThat(outcome).isEqualTo(new AnalyticsOutcome(71, "hire", 1));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).strengths().get(0).quote()).isEqualTo("I hit 140% of quota last year.");
        assertThat(activities.analyze(new TranscriptRef(1, "room", 7))).isEqualTo(outcome);
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void classifiesFailures() {
        llm.answer("not json");
        assertThat(failure(7).getType()).isEqualTo("LLM_MALFORMED_OUTPUT");
        assertThat(failure(7).isNonRetryable()).isFalse();
        llm.answer("{\"summary\": \"no score\"}");
        assertThat(failure(7).getOriginalMessage()).contains("overall_score");
        llm.fail(401);
        assertThat(failure(7).getType()).isEqualTo("AUTH");
        assertThat(failure(404).getType()).isEqualTo("NOT_FOUND");
        settings.use(null, null, null);
        ApplicationFailure unconfigured = failure(7);
        assertThat(unconfigured.getType()).isEqualTo("CONFIGURATION");
        assertThat(unconfigured.isNonRetryable()).isTrue();
        assertThat(unconfigured.getOriginalMessage()).contains("KEEL_LLM_BASE_URL");
        assertThat(stored).isEmpty();
    }

    private ApplicationFailure failure(long transcriptId) {
        ActivityFailure failure = catchThrowableOfType(ActivityFailure.class,
                () -> activities.analyze(new TranscriptRef(1, "room", transcriptId)));
        return (ApplicationFailure) failure.getCause();
    }
}
