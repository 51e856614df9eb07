package dev.keel.activities.pluto.scoring;

import dev.keel.integrations.llm.LlmSettings;
import dev.keel.integrations.llm.LlmGateway;
import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.llm.ChatCompletions;
import dev.keel.activities.llm.DatabaseFaults;
import dev.keel.activities.llm.FleetPostgres;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.domain.pluto.scoring.AiAssessment;
import dev.keel.domain.pluto.scoring.PlutoScoreRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.domain.pluto.scoring.Tier;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A row whose write fails on a database outage: its LLM answer is kept, written later, and no attempt is spent. */
class PlutoRowStepsDatabaseFaultTest {
    private static FleetPostgres db;

    @BeforeAll
    static void start() throws Exception {
        db = new FleetPostgres();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void anAnswerWhoseWriteFailedIsWrittenLaterWithoutAskingAgain() {
        AtomicBoolean databaseDown = new AtomicBoolean(true);
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger llmFailuresCounted = new AtomicInteger();
        PlutoScoreRepository scores = new PlutoScoreRepository(db.jdbc) {
            @Override
            public boolean saveAssessment(UUID runId, long row, AiAssessment a, int finalScore, Tier tier) {
                if (databaseDown.get()) {
                    throw new CannotGetJdbcConnectionException("Connection is not available, request timed out");
                }
                saved.incrementAndGet();
                return true;
            }

            @Override
            public int recordAiFailure(UUID runId, long row, String error) {
                return llmFailuresCounted.incrementAndGet();
            }
        };
        try (FakePlutoLlmServer llm = new FakePlutoLlmServer()) {
            TestChatModelSettings settings = new TestChatModelSettings();
            settings.use(llm.baseUrl(), "key", "model");
            PlutoRowSteps steps = new PlutoRowSteps(new ChatCompletions(settings, new LlmGateway(Duration.ofSeconds(5))), scores,
                    new PlutoLlmLimiter(16, 32, db.process(16, 0, Duration.ofSeconds(15))), new HeldAnswers(),
                    new DatabaseFaults());
            StoredPlutoCandidate row = new StoredPlutoCandidate(UUID.randomUUID(), 7, UUID.randomUUID(), 1, "Ada",
                    "Account Executive", "Austin", "TX", 5.0, "Enterprise AE", "{}", null, null, null, null, "pending", null, null, null, null, null);

            RowOutcome duringOutage = steps.scoreWithLlm(row, "Sell to banks", () -> { });
            databaseDown.set(false);
            RowOutcome afterwards = steps.scoreWithLlm(row, "Sell to banks", () -> { });

            assertThat(duringOutage.kind()).isEqualTo(RowOutcome.Kind.DATABASE);
            assertThat(afterwards.kind()).isEqualTo(RowOutcome.Kind.DONE);
            assertThat(llm.totalCalls()).as("the provider was asked once").isEqualTo(1);
            assertThat(saved.get()).isEqualTo(1);
            assertThat(llmFailuresCounted.get()).as("LLM attempts spent on the fault").isZero();
        }
    }
}
