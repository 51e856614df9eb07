package dev.keel.activities.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.workflows.recruiting.CandidateDraft;
import dev.keel.workflows.recruiting.JobDraft;
import org.junit.jupiter.api.Test;

class HeuristicExtractorsTest {
    private final HeuristicJobExtractor jobs = new HeuristicJobExtractor(SkillVocabulary.standard());
    private final HeuristicResumeExtractor resumes = new HeuristicResumeExtractor(SkillVocabulary.standard());

    @Test
    void extractsTheSeedPrompt() {
        String prompt = "We need a Senior Backend Engineer in NYC with Python, FastAPI, and PostgreSQL experience...";
        JobDraft job = jobs.extract(prompt);
        assertThat(job.title()).isEqualTo("Senior Backend Engineer");
        assertThat(job.location()).isEqualTo("New York, NY");
        assertThat(job.department()).isEqualTo("Engineering");
        assertThat(job.requiredSkills()).containsExactly("Python", "FastAPI", "PostgreSQL");
        assertThat(job.currency()).isEqualTo("USD");
        assertThat(job.description()).isEqualTo(prompt);
        assertThat(job.extractor()).isEqualTo("heuristic");
    }

    @Test
    void extractsAJobReqWithSalaryTypesAndNiceToHaves() {
        JobDraft job = jobs.extract(Fixtures.JOB_REQ);
        assertThat(job.title()).isEqualTo("Senior Backend Engineer");
        assertThat(job.location()).isEqualTo("New York, NY");
        assertThat(job.salaryMin()).isEqualTo(150000);
        assertThat(job.salaryMax()).isEqualTo(190000);
        assertThat(job.currency()).isEqualTo("USD");
        assertThat(job.employmentType()).isEqualTo("Full-time");
        assertThat(job.remoteOption()).isEqualTo("Hybrid");
        assertThat(job.requiredSkills()).containsExactly("Python", "FastAPI", "PostgreSQL");
        assertThat(job.niceToHaveSkills()).containsExactly("Kubernetes", "AWS");
    }

    @Test
    void readsKiloSalariesAndOtherCurrencies() {
        JobDraft job = jobs.extract("Hiring a Data Scientist in London, remote friendly. €80k-€95k. Spark, SQL.");
        assertThat(job.title()).isEqualTo("Data Scientist");
        assertThat(job.salaryMin()).isEqualTo(80000);
        assertThat(job.salaryMax()).isEqualTo(95000);
        assertThat(job.currency()).isEqualTo("EUR");
        assertThat(job.location()).isEqualTo("London, UK");
        assertThat(job.remoteOption()).isEqualTo("Remote");
    }

    @Test
    void findsLowerCaseTitlesFromChat() {
        JobDraft job = jobs.extract("a senior backend engineer in NYC with Python and Kafka, remote ok");
        assertThat(job.title()).isEqualTo("Senior Backend Engineer");
        assertThat(job.location()).isEqualTo("New York, NY");
        assertThat(job.requiredSkills()).containsExactly("Python", "Kafka");
    }

    @Test
    void fallsBackToTheSeedFloorWhenNothingMatches() {
        String text = "we want someone great to help us grow our little shop on the corner of the street near the"
                + " river, starting soon";
        JobDraft job = jobs.extract(text);
        assertThat(job.title()).isEqualTo(text.substring(0, 80).strip());
        assertThat(job.description()).isEqualTo(text);
        assertThat(job.currency()).isEqualTo("USD");
        assertThat(job.requiredSkills()).isEmpty();
        assertThat(job.niceToHaveSkills()).isEmpty();
    }

    @Test
    void extractsAResume() {
        CandidateDraft c = resumes.extract(Fixtures.RESUME);
        assertThat(c.fullName()).isEqualTo("Jane Doe");
        assertThat(c.headline()).isEqualTo("Senior Backend Engineer");
        assertThat(c.location()).isEqualTo("San Francisco, CA");
        assertThat(c.experienceYears()).isEqualTo(8);
        assertThat(c.currentTitle()).isEqualTo("Staff Engineer");
        assertThat(c.currentCompany()).isEqualTo("TechCorp");
        assertThat(c.linkedinUrl()).isEqualTo("https://linkedin.com/in/janedoe");
        assertThat(c.githubUrl()).isEqualTo("https://github.com/janedoe");
        assertThat(c.websiteUrl()).isNull();
        assertThat(c.notes()).contains("Python", "PostgreSQL", "Kubernetes");
    }

    @Test
    void readsNamesWithAccents() {
        assertThat(resumes.extract(Fixtures.LATIN1_RESUME).fullName()).isEqualTo("José Müller");
        assertThat(resumes.extract("Åsa Öberg-Lind\nEngineer").fullName()).isEqualTo("Åsa Öberg-Lind");
    }

    @Test
    void resumeWithoutRecognisableNameStillYieldsAValidCandidate() {
        CandidateDraft c = resumes.extract("objective: find work\n1234 main st");
        assertThat(c.fullName()).isEqualTo("Unknown candidate");
        assertThat(c.experienceYears()).isNull();
    }
}
