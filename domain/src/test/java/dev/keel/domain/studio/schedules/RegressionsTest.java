package dev.keel.domain.studio.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.studio.runs.StudioResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionsTest {
    private static StudioResult result(String model, boolean success, double ttftMs, Double speed) {
        return new StudioResult("r", "p", model, 0, 1, "P", model, success, ttftMs, 1, 10, 5, 10, speed, null, null,
                0, null, null);
    }

    @Test
    void ttftUpOrSpeedDownBeyondTheThresholdAgainstThePreviousMedian() {
        // previous medians: a ttft 100 (90, 100, 400), speed 50; b ttft 200, speed 100
        List<StudioResult> previous = List.of(result("a", true, 90, 50.0), result("a", true, 100, 50.0),
                result("a", true, 400, 50.0), result("a", false, 5, 999.0), result("b", true, 200, 100.0));
        List<StudioResult> current = List.of(result("a", true, 126, 40.0), result("b", true, 240, 74.0),
                result("c", true, 1000, 1.0));
        List<Regressions.Regression> found = Regressions.find(current, previous, 25);
        // a: ttft +26 % (alert), speed -20 % (none); b: ttft +20 % (none), speed -26 % (alert); c: no baseline
        assertThat(found).extracting(Regressions.Regression::modelId, Regressions.Regression::metric)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", ScheduleAlert.TTFT),
                        org.assertj.core.groups.Tuple.tuple("b", ScheduleAlert.OUTPUT_SPEED));
        assertThat(found.get(0).changePct()).isCloseTo(26.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(found.get(1).changePct()).isCloseTo(-26.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(Regressions.find(current, List.of(), 25)).isEmpty();
    }
}
