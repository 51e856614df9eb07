package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DispatchPacingTest {
    private static final long TICK = Duration.ofMillis(200).toNanos();
    private final EmbeddingDispatchSettings settings =
            new EmbeddingDispatchSettings(Duration.ofMillis(200), 200, Duration.ofSeconds(60), 20, Duration.ofSeconds(30));

    @Test
    void dispatchesEverythingWhileTheApiIsQuiet() {
        var pacing = new DispatchPacing(settings, 0, 0);
        assertThat(pacing.batchesAllowed(3, TICK)).isEqualTo(DispatchPacing.ALL);
    }

    @Test
    void startsOneBatchPerBusyIntervalUnderLoadAndCatchesUpWhenQuiet() {
        var pacing = new DispatchPacing(settings, 0, 0);
        long received = 0;
        long now = 0;
        received += 100;
        now += TICK;
        assertThat(pacing.batchesAllowed(received, now)).isEqualTo(1);
        pacing.dispatched(200, 1, now);
        for (int tick = 0; tick < 140; tick++) {
            received += 100;
            now += TICK;
            assertThat(pacing.batchesAllowed(received, now)).as("tick %d", tick).isZero();
        }
        received += 100;
        now += TICK * 10;
        assertThat(pacing.batchesAllowed(received, now)).isEqualTo(1);
        now += TICK;
        assertThat(pacing.batchesAllowed(received, now)).isEqualTo(DispatchPacing.ALL);
    }

    @Test
    void aBusyTickWithNothingToDispatchKeepsTheNextOneDue() {
        var pacing = new DispatchPacing(settings, 0, 0);
        assertThat(pacing.batchesAllowed(100, TICK)).isEqualTo(1);
        pacing.dispatched(0, 1, TICK);
        assertThat(pacing.batchesAllowed(200, 2 * TICK)).isEqualTo(1);
    }

    @Test
    void neverCountsAsBusyWhenTheThresholdIsZero() {
        var never = new EmbeddingDispatchSettings(Duration.ofMillis(200), 200, Duration.ofSeconds(60), 0,
                Duration.ofSeconds(30));
        var pacing = new DispatchPacing(never, 0, 0);
        assertThat(pacing.batchesAllowed(1_000_000, TICK)).isEqualTo(DispatchPacing.ALL);
    }
}
