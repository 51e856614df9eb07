package dev.keel.domain.pluto.scoring;

import dev.keel.domain.pluto.PlutoFixtures;
import static dev.keel.domain.pluto.PlutoFixtures.none;
import static dev.keel.domain.pluto.PlutoFixtures.signals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlgoScorerTest {
    @Test
    void experienceIsTenPointsPerYearCappedAtThirty() {
        assertThat(AlgoScorer.score(0.0, none()).total()).isZero();
        assertThat(AlgoScorer.score(2.0, none()).experience()).isEqualTo(20);
        assertThat(AlgoScorer.score(3.0, none()).experience()).isEqualTo(30);
        assertThat(AlgoScorer.score(12.0, none()).experience()).isEqualTo(30);
    }

    @Test
    void fractionalExperiencePointsAreFlooredAndMissingYearsCountZero() {
        assertThat(AlgoScorer.score(1.25, none()).experience()).isEqualTo(12);
        assertThat(AlgoScorer.score(null, none()).experience()).isZero();
    }

    @Test
    void soldToFinanceAddsTwentyFive() {
        assertThat(AlgoScorer.score(null, signals(true, false, false, 0, false, 0)).total()).isEqualTo(25);
    }

    @Test
    void founderAddsTwentyAndWinsOverStartup() {
        assertThat(AlgoScorer.score(null, signals(false, true, false, 0, false, 0)).total()).isEqualTo(20);
        assertThat(AlgoScorer.score(null, signals(false, true, true, 0, false, 0)).total()).isEqualTo(20);
    }

    @Test
    void startupWithoutFounderAddsTen() {
        assertThat(AlgoScorer.score(null, signals(false, false, true, 0, false, 0)).total()).isEqualTo(10);
    }

    @Test
    void acvBandsAtTheirBoundaries() {
        assertThat(AlgoScorer.score(null, signals(false, false, false, 0, false, 0)).acv()).isZero();
        assertThat(AlgoScorer.score(null, signals(false, false, false, 1, false, 0)).acv()).isEqualTo(5);
        assertThat(AlgoScorer.score(null, signals(false, false, false, 49_999, false, 0)).acv()).isEqualTo(5);
        assertThat(AlgoScorer.score(null, signals(false, false, false, 50_000, false, 0)).acv()).isEqualTo(10);
        assertThat(AlgoScorer.score(null, signals(false, false, false, 99_999, false, 0)).acv()).isEqualTo(10);
        assertThat(AlgoScorer.score(null, signals(false, false, false, 100_000, false, 0)).acv()).isEqualTo(15);
    }

    @Test
    void enterpriseAddsTen() {
        assertThat(AlgoScorer.score(null, signals(false, false, false, 0, true, 0)).total()).isEqualTo(10);
    }

    @Test
    void eachRedFlagCostsFive() {
        assertThat(AlgoScorer.score(3.0, signals(false, false, false, 0, false, 1)).total()).isEqualTo(25);
        assertThat(AlgoScorer.score(3.0, signals(false, false, false, 0, false, 2)).redFlagPenalty()).isEqualTo(-10);
    }

    @Test
    void sumsEveryComponent() {
        // 30 + 25 + 20 + 15 + 10 - 5 = 95
        AlgoScore score = AlgoScorer.score(5.0, signals(true, true, true, 120_000, true, 1));
        assertThat(score).isEqualTo(new AlgoScore(95, 30, 25, 20, 15, 10, -5));
    }

    @Test
    void clampsAtZero() {
        assertThat(AlgoScorer.score(null, signals(false, false, false, 0, false, 2)).total()).isZero();
    }

    @Test
    void maximalCandidateScoresExactlyOneHundred() {
        // 30 + 25 + 20 + 15 + 10: the parts top out at 100, so only the lower clamp can bind
        assertThat(AlgoScorer.score(80.0, signals(true, true, true, 5_000_000, true, 0)).total()).isEqualTo(100);
    }

    @Test
    void scoresAGoldenCandidateEndToEnd() {
        PlutoCandidate c = PlutoFixtures.candidate("Enterprise Account Executive",
                "Closing $120k ACV deals with banks", "Early-stage startup experience", 4.0);
        // 30 + 25 finance + 10 startup + 15 ACV + 10 enterprise = 90
        assertThat(AlgoScorer.score(c)).isEqualTo(new AlgoScore(90, 30, 25, 10, 15, 10, 0));
    }
}
