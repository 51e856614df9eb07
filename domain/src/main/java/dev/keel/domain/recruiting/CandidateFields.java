package dev.keel.domain.recruiting;

import java.net.URI;
import java.util.Optional;

/** The editable fields of a candidate; {@link #problem()} names the first rule the values break, if any. */
public record CandidateFields(String fullName, String headline, String location, Integer experienceYears,
                              String currentTitle, String currentCompany, String linkedinUrl, String githubUrl,
                              String websiteUrl, String notes) {

    public static CandidateFields empty() {
        return new CandidateFields(null, null, null, null, null, null, null, null, null, null);
    }

    public Optional<String> problem() {
        if (fullName == null || fullName.isBlank()) {
            return Optional.of("full_name: must not be blank");
        }
        if (experienceYears != null && (experienceYears < 0 || experienceYears > 80)) {
            return Optional.of("experience_years: must be between 0 and 80");
        }
        for (String[] url : new String[][] {{"linkedin_url", linkedinUrl}, {"github_url", githubUrl},
                {"website_url", websiteUrl}}) {
            if (url[1] != null && !isHttpUrl(url[1])) {
                return Optional.of(url[0] + ": must be an http(s) URL");
            }
        }
        return Optional.empty();
    }

    public static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (Exception e) {
            return false;
        }
    }
}
