package dev.keel.activities.recruiting;

import dev.keel.integrations.llm.ChatModel;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.integrations.llm.LlmSettings;
import dev.keel.integrations.llm.LlmGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.keel.domain.recruiting.IntakeUpload;
import dev.keel.domain.recruiting.IntakeUploadRepository;
import dev.keel.workflows.recruiting.CandidateDraft;
import dev.keel.workflows.recruiting.ExtractionActivities;
import dev.keel.workflows.recruiting.JobDraft;
import dev.keel.workflows.recruiting.UploadRef;
import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Extraction activities against a local OpenAI-compatible server speaking the real wire protocol. */
class ExtractionActivitiesImplTest {
    private static final String JOB_JSON = """
            {"title": "Senior Backend Engineer", "department": "Engineering", "location": "New York, NY",
             "employment_type": "Full-time", "remote_option": "Hybrid", "salary_min": 160000, "salary_max": 200000,
             "currency": "usd", "description": "Build APIs.", "required_skills": ["Python", "FastAPI"],
             "nice_to_have_skills": ["AWS"]}""";

    private final FakeOpenAiServer llm = new FakeOpenAiServer();
    private final TestChatModelSettings settings = new TestChatModelSettings();
    private TestActivityEnvironment env;
    private ExtractionActivities activities;

    @BeforeEach
    void setUp() {
        settings.use(llm.baseUrl(), "test-key", "gpt-4o-mini");
        IntakeUploadRepository uploads = new IntakeUploadRepository(null) {
            @Override
            public Optional<IntakeUpload> find(long orgId, long id) {
                String text = id == 1 ? Fixtures.JOB_REQ : Fixtures.RESUME;
                return Optional.of(new IntakeUpload(id, orgId, "job_req", "x.txt", "text/plain", new byte[0], null, text));
            }
        };
        env = TestActivityEnvironment.newInstance();
        env.registerActivitiesImplementations(
                new ExtractionActivitiesImpl(uploads, new LlmExtractor(new LlmJsonClient(new ChatModel(settings, new LlmGateway(Duration.ofSeconds(5)))))));
        activities = env.newActivityStub(ExtractionActivities.class, ActivityOptions.newBuilder()
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
    void extractsAJobFromWellFormedLlmJson() {
        llm.answer("```json\n" + JOB_JSON + "\n```");
        JobDraft job = activities.extractJob(new UploadRef(1, 1));
        assertThat(job.extractor()).isEqualTo("llm");
        assertThat(job.title()).isEqualTo("Senior Backend Engineer");
        assertThat(job.salaryMin()).isEqualTo(160000);
        assertThat(job.currency()).isEqualTo("USD");
        assertThat(job.requiredSkills()).containsExactly("Python", "FastAPI");
        assertThat(llm.requests()).hasSize(1);
        assertThat(llm.requests().get(0)).contains("gpt-4o-mini").contains("Senior Backend Engineer");
    }

    @Test
    void extractsACandidateFromWellFormedLlmJson() {
        llm.answer("{\"full_name\": \"Jane Doe\", \"experience_years\": 8, \"current_title\": \"Staff Engineer\","
                + " \"current_company\": \"TechCorp\", \"linkedin_url\": \"linkedin.com/in/janedoe\","
                + " \"website_url\": \"not a url\", \"notes\": \"Python, distributed systems\"}");
        CandidateDraft c = activities.extractCandidate(new UploadRef(1, 2));
        assertThat(c.fullName()).isEqualTo("Jane Doe");
        assertThat(c.linkedinUrl()).isEqualTo("https://linkedin.com/in/janedoe");
        assertThat(c.websiteUrl()).isNull();
        assertThat(c.extractor()).isEqualTo("llm");
    }

    @Test
    void malformedJsonIsARetryableFailure() {
        llm.answer("Sure! Here is the job: {title: Senior");
        ApplicationFailure failure = failureOf(() -> activities.extractJob(new UploadRef(1, 1)));
        assertThat(failure.getType()).isEqualTo(LlmExtractor.MALFORMED);
        assertThat(failure.isNonRetryable()).isFalse();
    }

    @Test
    void unauthorizedIsANonRetryableAuthFailure() {
        llm.fail(401);
        ApplicationFailure failure = failureOf(() -> activities.extractJob(new UploadRef(1, 1)));
        assertThat(failure.getType()).isEqualTo("AUTH");
        assertThat(failure.isNonRetryable()).isTrue();
        assertThat(llm.requests()).as("no client-side retries").hasSize(1);
    }

    @Test
    void serverErrorIsRetryable() {
        llm.fail(500);
        ApplicationFailure failure = failureOf(() -> activities.extractJob(new UploadRef(1, 1)));
        assertThat(failure.isNonRetryable()).isFalse();
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void withoutAProviderUsesTheHeuristicExtractor() {
        settings.use(null, null, null);
        JobDraft job = activities.extractJob(new UploadRef(1, 1));
        assertThat(job.extractor()).isEqualTo("heuristic");
        assertThat(job.salaryMax()).isEqualTo(190000);
        assertThat(llm.requests()).isEmpty();
    }

    private static ApplicationFailure failureOf(Runnable call) {
        ActivityFailure failure = catchThrowableOfType(ActivityFailure.class, call::run);
        assertThat(failure).isNotNull();
        return (ApplicationFailure) failure.getCause();
    }
}
