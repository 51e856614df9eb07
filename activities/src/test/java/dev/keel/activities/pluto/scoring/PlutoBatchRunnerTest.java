package dev.keel.activities.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PlutoBatchRunnerTest {
    private static StoredPlutoCandidate row(long number) {
        return new StoredPlutoCandidate(UUID.randomUUID(), 7, UUID.randomUUID(), number, "n", null, null, null, null,
                null, null, null, null, null, null, "pending", null, null, null, null, null);
    }

    @Test
    void retryMessageNamesTheFailingRowsAndTheirReasons() {
        List<StoredPlutoCandidate> rows = LongStream.rangeClosed(101, 200).mapToObj(PlutoBatchRunnerTest::row).toList();
        Map<String, List<Long>> failing = new LinkedHashMap<>();
        failing.put("503 from the LLM", List.of(104L, 117L));
        failing.put("429 rate limited by the LLM provider", List.of(109L));

        String message = PlutoBatchRunner.retryMessage(rows, failing);

        assertThat(message).isEqualTo("3 of 100 rows (rows 101-200) failed for now and will be retried:"
                + " rows 104, 117: 503 from the LLM; row 109: 429 rate limited by the LLM provider");
    }

    @Test
    void retryMessageStaysShortForManyRows() {
        List<StoredPlutoCandidate> rows = LongStream.rangeClosed(1, 100).mapToObj(PlutoBatchRunnerTest::row).toList();
        String message = PlutoBatchRunner.retryMessage(rows, Map.of("timeout", LongStream.rangeClosed(1, 100)
                .boxed().toList()));
        assertThat(message).contains("rows 1, 2").contains(", ...: timeout").hasSizeLessThan(250);
    }

    @Test
    void progressPercentFollowsThePhases() {
        var counts = new dev.keel.domain.pluto.scoring.PlutoRunQueries.Counts(100, 50, 0, 0);
        assertThat(PlutoProgress.percent("extracting", 100, counts)).isEqualTo(20);
        assertThat(PlutoProgress.percent("waiting_confirmation", 100, counts)).isEqualTo(40);
        assertThat(PlutoProgress.percent("scoring", 100, new dev.keel.domain.pluto.scoring.PlutoRunQueries.Counts(100, 100,
                50, 3))).isEqualTo(70);
        assertThat(PlutoProgress.percent("complete", 100, counts)).isEqualTo(100);
    }
}
