package dev.keel.api.recruiting;

/** The agent's "summarize candidate N" text. */
final class CandidateSummary {
    private CandidateSummary() {
    }

    static String of(CandidateOut c, long applications) {
        StringBuilder s = new StringBuilder("Candidate #" + c.id() + ": " + c.fullName() + "\n");
        line(s, "Headline", c.headline());
        line(s, "Current role", ChatReplies.role(c.currentTitle(), c.currentCompany()).replaceAll("^ \\(|\\)$", ""));
        line(s, "Location", c.location());
        line(s, "Experience", c.experienceYears() == null ? null : c.experienceYears() + " years");
        line(s, "LinkedIn", c.linkedinUrl());
        line(s, "GitHub", c.githubUrl());
        line(s, "Website", c.websiteUrl());
        line(s, "Notes", c.notes());
        s.append("- Applications: ").append(applications).append("\n\nYou can now say things like:\n")
                .append("- 'match jobs for candidate ").append(c.id()).append("'");
        return s.toString();
    }

    private static void line(StringBuilder s, String label, String value) {
        if (value != null && !value.isBlank()) {
            s.append("- ").append(label).append(": ").append(value).append('\n');
        }
    }
}
