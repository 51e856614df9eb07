package dev.keel.activities.recruiting;

import dev.keel.workflows.recruiting.CandidateDraft;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based resume extraction: name, headline, current title and company, years of experience, location and
 * LinkedIn/GitHub/website URLs; notes list the recognised skills.
 */
public final class HeuristicResumeExtractor {
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}$");
    private static final Pattern LABELLED_NAME = Pattern.compile("(?im)^\\s*name\\s*:\\s*(.+)$");
    private static final Pattern TITLE_AT = Pattern.compile("^(?:current(?:ly)?(?: role| position)?\\s*:?\\s*)?"
            + "([A-Z][\\w+#./ -]{1,60}?)\\s+(?:at|@)\\s+([A-Z0-9][\\w&.' -]{1,60}?)\\s*(?:[,(|–—-].*)?$");
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,2})\\+?\\s*(?:years|yrs)");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b((?:19|20)\\d{2})\\s*(?:-|–|—|to)\\s*(?:present|current|now|(?:19|20)\\d{2})");
    private static final Pattern LABELLED_LOCATION = Pattern.compile("(?im)^\\s*location\\s*:\\s*(.+)$");
    private static final Pattern CITY_STATE = Pattern.compile("\\b([A-Z][a-zA-Z.]+(?: [A-Z][a-zA-Z.]+)?, ?[A-Z]{2})\\b");
    private static final Pattern LINKEDIN = Pattern.compile("(?i)(?:https?://)?(?:[a-z]{2,3}\\.)?linkedin\\.com/in/[\\w%-]+/?");
    private static final Pattern GITHUB = Pattern.compile("(?i)(?:https?://)?(?:www\\.)?github\\.com/[\\w-]+/?");
    private static final Pattern WEBSITE = Pattern.compile("(?i)\\b(?:https?://|www\\.)[\\w.-]+\\.[a-z]{2,}(?:/[\\w./%-]*)?");
    private static final List<String> HEADERS = List.of("resume", "curriculum vitae", "cv", "summary", "experience",
            "education", "skills", "contact", "profile");

    private final SkillVocabulary vocabulary;

    public HeuristicResumeExtractor(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public CandidateDraft extract(String text) {
        List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        int nameLine = nameLine(lines);
        String name = nameLine >= 0 ? lines.get(nameLine) : labelledName(text);
        String headline = nameLine >= 0 && nameLine + 1 < lines.size() && plain(lines.get(nameLine + 1))
                ? lines.get(nameLine + 1) : null;
        String title = null;
        String company = null;
        for (String line : lines) {
            Matcher m = TITLE_AT.matcher(line);
            if (m.matches()) {
                title = m.group(1).strip();
                company = m.group(2).strip();
                break;
            }
        }
        List<String> skills = vocabulary.find(text);
        String notes = skills.isEmpty() ? null : "Skills mentioned: " + String.join(", ", skills) + ".";
        return Drafts.candidate(name != null ? name : "Unknown candidate", headline, location(text), years(text),
                title, company, first(LINKEDIN, text), first(GITHUB, text), website(text), notes, "heuristic");
    }

    private static int nameLine(List<String> lines) {
        for (int i = 0; i < Math.min(lines.size(), 5); i++) {
            String line = lines.get(i);
            if (NAME.matcher(line).matches() && !HEADERS.contains(line.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return -1;
    }

    private static String labelledName(String text) {
        Matcher m = LABELLED_NAME.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private static boolean plain(String line) {
        return line.length() <= 120 && !line.contains("@") && !line.matches(".*\\d{3}.*")
                && !line.toLowerCase(Locale.ROOT).matches(".*(https?://|www\\.|linkedin|github).*")
                && !HEADERS.contains(line.toLowerCase(Locale.ROOT).replace(":", ""));
    }

    private static Integer years(String text) {
        Matcher m = YEARS.matcher(text);
        int best = -1;
        while (m.find()) {
            best = Math.max(best, Integer.parseInt(m.group(1)));
        }
        if (best >= 0) {
            return best;
        }
        Matcher since = SINCE.matcher(text);
        int earliest = Integer.MAX_VALUE;
        while (since.find()) {
            earliest = Math.min(earliest, Integer.parseInt(since.group(1)));
        }
        return earliest == Integer.MAX_VALUE ? null : Math.max(0, Year.now().getValue() - earliest);
    }

    private static String location(String text) {
        Matcher labelled = LABELLED_LOCATION.matcher(text);
        if (labelled.find()) {
            return labelled.group(1).strip();
        }
        Matcher m = CITY_STATE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group() : null;
    }

    private static String website(String text) {
        Matcher m = WEBSITE.matcher(text);
        while (m.find()) {
            String url = m.group().toLowerCase(Locale.ROOT);
            if (!url.contains("linkedin.com") && !url.contains("github.com")) {
                return m.group();
            }
        }
        return null;
    }
}
