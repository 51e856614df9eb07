package dev.keel.api.recruiting;

import java.util.ArrayList;
import java.util.List;

/** The human-readable summaries of the intake endpoints, in the seed's wording, naming the extractor. */
final class IntakeSummaries {
    private IntakeSummaries() {
    }

    static String job(JobOut job, String source, String extractor) {
        return "I've created a new job from " + source + ":\n\n"
                + "- Job #" + job.id() + ": " + job.title() + "\n"
                + "- Location: " + or(job.location()) + "\n"
                + "- Employment type: " + or(job.employmentType()) + "\n"
                + "- Remote option: " + or(job.remoteOption()) + "\n"
                + "- Salary range: " + salary(job) + "\n"
                + "- Required skills: " + (job.requiredSkills() == null || job.requiredSkills().isEmpty() ? "not specified"
                : String.join(", ", job.requiredSkills())) + "\n"
                + "- Extracted by: " + extractor + "\n\n"
                + "You can now say things like:\n"
                + "- 'match candidates for job " + job.id() + "'\n"
                + "- 'list jobs' to see it among your openings.";
    }

    static String candidate(CandidateOut c, String extractor) {
        List<String> parts = new ArrayList<>();
        parts.add("Created candidate #" + c.id() + ": " + c.fullName() + ".");
        add(parts, "Current title", c.currentTitle());
        add(parts, "Current company", c.currentCompany());
        add(parts, "Location", c.location());
        add(parts, "Headline", c.headline());
        parts.add("Extracted by: " + extractor + ".");
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, String label, String value) {
        if (value != null && !value.isBlank()) {
            parts.add(label + ": " + value + (value.endsWith(".") ? "" : "."));
        }
    }

    private static String salary(JobOut job) {
        String currency = job.currency() == null ? "" : " " + job.currency();
        if (job.salaryMin() != null && job.salaryMax() != null) {
            return job.salaryMin() + "–" + job.salaryMax() + currency;
        }
        if (job.salaryMin() != null) {
            return "from " + job.salaryMin() + currency;
        }
        return job.salaryMax() != null ? "up to " + job.salaryMax() + currency : "not specified";
    }

    private static String or(String value) {
        return value == null || value.isBlank() ? "not specified" : value;
    }
}
