package dev.keel.domain.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlutoRankingTest {
    @Test
    void tiersAtEachBoundary() {
        assertThat(Tier.of(100)).isEqualTo(Tier.TOP_TIER);
        assertThat(Tier.of(80)).isEqualTo(Tier.TOP_TIER);
        assertThat(Tier.of(79)).isEqualTo(Tier.STRONG);
        assertThat(Tier.of(65)).isEqualTo(Tier.STRONG);
        assertThat(Tier.of(64)).isEqualTo(Tier.GOOD);
        assertThat(Tier.of(50)).isEqualTo(Tier.GOOD);
        assertThat(Tier.of(49)).isEqualTo(Tier.EVALUATE);
        assertThat(Tier.of(35)).isEqualTo(Tier.EVALUATE);
        assertThat(Tier.of(34)).isEqualTo(Tier.POOR);
        assertThat(Tier.of(0)).isEqualTo(Tier.POOR);
        assertThat(Tier.TOP_TIER.label()).isEqualTo("Top Tier");
    }

    @Test
    void finalScoreRoundsHalvesUp() {
        assertThat(PlutoRanking.finalScore(71, 80)).isEqualTo(76);
        assertThat(PlutoRanking.finalScore(70, 80)).isEqualTo(75);
        assertThat(PlutoRanking.finalScore(0, 1)).isEqualTo(1);
        assertThat(PlutoRanking.finalScore(100, 100)).isEqualTo(100);
    }

    @Test
    void failedAiScoringCountsAsFifty() {
        assertThat(PlutoRanking.finalScore(90, null)).isEqualTo(70);
        assertThat(PlutoRanking.finalScore(31, null)).isEqualTo(41);
    }

    @Test
    void rankSortsByFinalScoreDescendingAndTiesByRowNumber() {
        RankedCandidate a = scored(3, 60, 60);
        RankedCandidate b = scored(1, 90, 90);
        RankedCandidate c = scored(2, 60, 60);
        RankedCandidate d = scored(4, 10, null);
        assertThat(PlutoRanking.rank(List.of(a, d, b, c))).extracting(r -> r.candidate().rowNumber())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(b.tier()).isEqualTo(Tier.TOP_TIER);
        assertThat(d.finalScore()).isEqualTo(30);
        assertThat(d.tier()).isEqualTo(Tier.POOR);
    }

    private static RankedCandidate scored(long row, int algo, Integer ai) {
        PlutoCandidate c = new PlutoCandidate(row, "C" + row, null, null, null, null, null, null, List.of(),
                List.of(), List.of(), List.of(), Map.of());
        return PlutoRanking.score(c, new AlgoScore(algo, 0, 0, 0, 0, 0, 0), ai);
    }
}
