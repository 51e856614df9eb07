package dev.keel.workflows.recruiting;

import java.util.List;

/** The job fields an extractor found; extractor is "llm" or "heuristic". */
public record JobDraft(String title, String department, String location, String employmentType, String remoteOption,
                       Integer salaryMin, Integer salaryMax, String currency, String description,
                       List<String> requiredSkills, List<String> niceToHaveSkills, String extractor) {
}
