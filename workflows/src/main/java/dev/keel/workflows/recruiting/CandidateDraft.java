package dev.keel.workflows.recruiting;

/** The candidate fields an extractor found; extractor is "llm" or "heuristic". */
public record CandidateDraft(String fullName, String headline, String location, Integer experienceYears,
                             String currentTitle, String currentCompany, String linkedinUrl, String githubUrl,
                             String websiteUrl, String notes, String extractor) {
}
