package dev.keel.domain.pluto.scoring;

import static dev.keel.domain.pluto.PlutoFixtures.candidate;
import static dev.keel.domain.pluto.PlutoFixtures.job;
import static dev.keel.domain.pluto.PlutoFixtures.withEmployers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignalDetectorTest {
    @Test
    void financeFromHeadlineOrEmployerNameAsWholeWords() {
        assertThat(SignalDetector.detect(candidate("AE", "Selling to CFOs", null, null)).soldToFinance()).isTrue();
        assertThat(SignalDetector.detect(withEmployers("AE", List.of(job("Acme Fintech", "AE", null, null)),
                List.of())).soldToFinance()).isTrue();
        assertThat(SignalDetector.detect(candidate("AE", "Bankside retail", null, null)).soldToFinance()).isFalse();
    }

    @Test
    void founderFromTitlesAndFoundingCountsAsStartupOnly() {
        PlutoSignals founder = SignalDetector.detect(candidate("Co-Founder & Head of Sales", null, null, null));
        assertThat(founder.founder()).isTrue();
        PlutoSignals founding = SignalDetector.detect(candidate("Founding Account Executive", null, null, null));
        assertThat(founding.founder()).isFalse();
        assertThat(founding.startup()).isTrue();
    }

    @Test
    void enterpriseFromTitle() {
        assertThat(SignalDetector.detect(candidate("Strategic Accounts Director", null, null, null)).enterprise())
                .isTrue();
        assertThat(SignalDetector.detect(candidate("SMB Account Executive", null, null, null)).enterprise()).isFalse();
    }

    @Test
    void acvFromHeadlineAndSummary() {
        assertThat(SignalDetector.detect(candidate("AE", "$120k ACV", "ACV of 80,000", null)).acv())
                .isEqualTo(120_000);
    }

    @Test
    void threeShortPastTenuresAreOneRedFlag() {
        List<Employer> past = List.of(job("A", "AE", "2020-01-01", "2020-11-01"),
                job("B", "AE", "2021-01-01", "2021-06-01"), job("C", "AE", "2022-01-01", "2022-12-31"));
        assertThat(SignalDetector.detect(withEmployers("AE", List.of(), past)).redFlags())
                .containsExactly(PlutoSignals.RedFlag.SHORT_TENURES);
        List<Employer> twoShort = List.of(past.get(0), past.get(1), job("C", "AE", "2022-01-01", "2023-01-01"));
        assertThat(SignalDetector.detect(withEmployers("AE", List.of(), twoShort)).redFlags()).isEmpty();
    }

    @Test
    void knownTitlesWithoutAnySalesTitleAreARedFlag() {
        assertThat(SignalDetector.detect(candidate("Software Engineer", null, null, null)).redFlags())
                .containsExactly(PlutoSignals.RedFlag.NO_SALES_TITLE);
        assertThat(SignalDetector.detect(withEmployers("Software Engineer",
                List.of(job("X", "Business Development Rep", null, null)), List.of())).redFlags()).isEmpty();
        assertThat(SignalDetector.detect(candidate(null, "Sales leader", null, null)).redFlags()).isEmpty();
    }

    @Test
    void acvParserReadsSuffixesSeparatorsAndKeepsTheLargest() {
        assertThat(AcvParser.largest("$80K+ ACV")).isEqualTo(80_000);
        assertThat(AcvParser.largest("deal sizes around $1.2M")).isEqualTo(1_200_000);
        assertThat(AcvParser.largest("ACV: $45,000 then $150k ACV")).isEqualTo(150_000);
        assertThat(AcvParser.largest("average contract value of 30 thousand")).isEqualTo(30_000);
        assertThat(AcvParser.largest("closed $2M in revenue")).isZero();
        assertThat(AcvParser.largest(null)).isZero();
    }
}
