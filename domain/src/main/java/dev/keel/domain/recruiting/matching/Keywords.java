package dev.keel.domain.recruiting.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keyword sets of the naive formula (seeds/README.md, 000): lower-cased tokens with punctuation stripped.
 * A token is a run of letters, digits, '+' or '#', so "Python," is "python", "node.js" is "node" and "js",
 * and "C++" / "C#" survive.
 */
public final class Keywords {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}+#]+");

    private Keywords() {
    }

    /** Tokens of title + required_skills + nice_to_have_skills. */
    public static Set<String> ofJob(JobProfile job) {
        List<String> parts = new ArrayList<>();
        parts.add(job.title());
        parts.addAll(job.requiredSkills());
        parts.addAll(job.niceToHaveSkills());
        return tokens(parts);
    }

    /** Tokens of current_title, headline, current_company. */
    public static Set<String> ofCandidate(CandidateProfile candidate) {
        return tokens(List.of(nz(candidate.currentTitle()), nz(candidate.headline()), nz(candidate.currentCompany())));
    }

    public static Set<String> tokens(List<String> texts) {
        Set<String> out = new TreeSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
            while (m.find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The overlap of two keyword sets, sorted. */
    public static List<String> overlap(Set<String> jobKeywords, Set<String> candidateKeywords) {
        TreeSet<String> common = new TreeSet<>(jobKeywords);
        common.retainAll(candidateKeywords);
        return List.copyOf(common);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
