package dev.keel.domain.pluto.scoring;

import java.util.StringJoiner;

/** A candidate as plain text, resume-like, for LLM prompts; absent fields are left out. */
public final class PlutoProfileText {
    private PlutoProfileText() {
    }

    public static String of(PlutoCandidate c) {
        StringJoiner out = new StringJoiner("\n");
        out.add("Name: " + c.name());
        line(out, "Title", c.title());
        String location = c.city() == null ? c.state() : c.state() == null ? c.city() : c.city() + ", " + c.state();
        line(out, "Location", location);
        line(out, "Years of sales experience", c.yearsSalesExperience() == null ? null
                : String.valueOf(c.yearsSalesExperience()));
        line(out, "Headline", c.headline());
        line(out, "Summary", c.summary());
        if (!c.skills().isEmpty()) {
            out.add("Skills: " + String.join(", ", c.skills()));
        }
        employers(out, "Current roles", c.currentEmployers());
        employers(out, "Past roles", c.pastEmployers());
        if (!c.education().isEmpty()) {
            out.add("Education: " + String.join("; ", c.education()));
        }
        return out.toString();
    }

    private static void employers(StringJoiner out, String label, java.util.List<Employer> employers) {
        if (employers.isEmpty()) {
            return;
        }
        out.add(label + ":");
        for (Employer e : employers) {
            String dates = e.startDate() == null && e.endDate() == null ? ""
                    : " (" + (e.startDate() == null ? "?" : e.startDate()) + " to "
                    + (e.endDate() == null ? "present" : e.endDate()) + ")";
            out.add("- " + (e.title() == null ? "?" : e.title()) + " at " + (e.name() == null ? "?" : e.name()) + dates);
        }
    }

    private static void line(StringJoiner out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(label + ": " + value);
        }
    }
}
