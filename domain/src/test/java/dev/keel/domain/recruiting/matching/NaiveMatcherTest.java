package dev.keel.domain.recruiting.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NaiveMatcherTest {
    private static final JobProfile SENIOR_BACKEND = new JobProfile(5, "Senior Backend Engineer", "Engineering",
            "New York, NY", "open", "We are hiring...", List.of("Python", "FastAPI", "PostgreSQL"),
            List.of("Kubernetes", "AWS"));

    private static CandidateProfile candidate(String title, String headline, String company) {
        return new CandidateProfile(12, "Jane Doe", headline, "Remote", 8, title, company, "ignored python notes");
    }

    @Test
    void jobKeywordsAreLowerCasedTokensOfTitleAndBothSkillLists() {
        assertThat(Keywords.ofJob(SENIOR_BACKEND)).containsExactly(
                "aws", "backend", "engineer", "fastapi", "kubernetes", "postgresql", "python", "senior");
    }

    @Test
    void candidateKeywordsStripPunctuationAndIgnoreNotes() {
        assertThat(Keywords.ofCandidate(candidate("Staff Engineer,", "Backend (Python) dev!", "TechCorp.")))
                .containsExactly("backend", "dev", "engineer", "python", "staff", "techcorp");
    }

    @Test
    void scoresFlooredShareOfJobKeywordsWithSortedReason() {
        // overlap {backend, engineer, python, senior} of 8 job keywords: floor(4 / 8 * 100) = 50
        var result = NaiveMatcher.match(SENIOR_BACKEND,
                candidate("Senior Python Developer", "Backend engineer", "OtherCo")).orElseThrow();
        assertThat(result.score()).isEqualTo(50);
        assertThat(result.reason()).isEqualTo("Keyword overlap on: backend, engineer, python, senior.");
    }

    @Test
    void seedExampleReasonForTwoTerms() {
        var result = NaiveMatcher.match(SENIOR_BACKEND, candidate("Python Dev", "Backend Hacker", "OtherCo"))
                .orElseThrow();
        assertThat(result.score()).isEqualTo(25); // 2 / 8
        assertThat(result.reason()).isEqualTo("Keyword overlap on: backend, python.");
    }

    @Test
    void reasonListsOnlyTheFirstFiveSortedTerms() {
        var result = NaiveMatcher.match(SENIOR_BACKEND, candidate("Senior Backend Engineer",
                "Python FastAPI PostgreSQL", "AWS Kubernetes")).orElseThrow();
        assertThat(result.score()).isEqualTo(100);
        assertThat(result.reason()).isEqualTo("Keyword overlap on: aws, backend, engineer, fastapi, kubernetes.");
    }

    @Test
    void floorsRatherThanRounds() {
        JobProfile job = new JobProfile(1, "a b c", null, null, "open", null, List.of(), List.of());
        // 2 / 3 = 66.67 -> 66
        assertThat(NaiveMatcher.match(job, candidate("a b", null, null)).orElseThrow().score()).isEqualTo(66);
    }

    @Test
    void dropsZeroScoresAndJobsWithoutKeywords() {
        assertThat(NaiveMatcher.match(SENIOR_BACKEND, candidate("Pastry Chef", "Croissants", "Bakery"))).isEmpty();
        JobProfile empty = new JobProfile(1, "!!!", null, null, "open", null, List.of(), List.of());
        assertThat(NaiveMatcher.match(empty, candidate("Engineer", null, null))).isEmpty();
    }

    @Test
    void toleratesMissingCandidateFields() {
        assertThat(NaiveMatcher.match(SENIOR_BACKEND, candidate(null, null, null))).isEmpty();
    }

    @Test
    void semanticReasonsAndScores() {
        var job = Keywords.ofJob(SENIOR_BACKEND);
        var cand = Keywords.ofCandidate(candidate("Staff Engineer", "Python backend", "TechCorp"));
        assertThat(SemanticReasons.forCandidate(job, cand)).isEqualTo(
                "High semantic similarity between job and profile. Overlapping terms include: backend, engineer, python.");
        assertThat(SemanticReasons.forJob(job, cand)).startsWith("High semantic similarity between candidate and job.");
        assertThat(SemanticReasons.forCandidate(job, java.util.Set.of("chef")))
                .isEqualTo("High semantic similarity between job and profile.");
        assertThat(SemanticReasons.score(0.876f)).isEqualTo(87);
        assertThat(SemanticReasons.score(1.0001f)).isEqualTo(100);
        assertThat(SemanticReasons.score(-0.2f)).isEqualTo(-1);
    }
}
