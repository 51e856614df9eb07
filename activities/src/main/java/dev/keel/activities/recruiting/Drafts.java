package dev.keel.activities.recruiting;

import dev.keel.domain.recruiting.CandidateFields;
import dev.keel.workflows.recruiting.CandidateDraft;
import dev.keel.workflows.recruiting.JobDraft;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Normalizes extractor output so it always passes the job/candidate validation rules. */
final class Drafts {
    private Drafts() {
    }

    static JobDraft job(String title, String department, String location, String employmentType, String remoteOption,
                        Integer salaryMin, Integer salaryMax, String currency, String description,
                        List<String> required, List<String> niceToHave, String extractor) {
        Integer min = salaryMin != null && salaryMin >= 0 ? salaryMin : null;
        Integer max = salaryMax != null && salaryMax >= 0 ? salaryMax : null;
        if (min != null && max != null && min > max) {
            Integer swap = min;
            min = max;
            max = swap;
        }
        String cur = clean(currency);
        return new JobDraft(truncate(clean(title), 200), clean(department), clean(location), clean(employmentType),
                clean(remoteOption), min, max, cur == null ? null : cur.toUpperCase(Locale.ROOT), clean(description),
                distinct(required), distinct(niceToHave), extractor);
    }

    static CandidateDraft candidate(String fullName, String headline, String location, Integer years, String title,
                                    String company, String linkedin, String github, String website, String notes,
                                    String extractor) {
        Integer y = years != null && years >= 0 && years <= 80 ? years : null;
        return new CandidateDraft(truncate(clean(fullName), 200), clean(headline), clean(location), y, clean(title),
                clean(company), url(linkedin), url(github), url(website), clean(notes), extractor);
    }

    static String url(String value) {
        String v = clean(value);
        if (v == null) {
            return null;
        }
        if (!v.toLowerCase(Locale.ROOT).startsWith("http")) {
            v = "https://" + v;
        }
        return CandidateFields.isHttpUrl(v) ? v : null;
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return v.isEmpty() || v.equalsIgnoreCase("null") ? null : v;
    }

    static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max).strip();
    }

    private static List<String> distinct(List<String> values) {
        if (values == null) {
            return List.of();
        }
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String v : values) {
            String c = clean(v);
            if (c != null) {
                seen.add(c);
            }
        }
        return new ArrayList<>(seen);
    }
}
