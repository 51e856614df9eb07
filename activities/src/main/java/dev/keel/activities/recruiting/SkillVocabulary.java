package dev.keel.activities.recruiting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The skills the heuristic extractors recognise, shipped as {@code recruiting/skills.txt}. */
public final class SkillVocabulary {
    private static final SkillVocabulary DEFAULT = load("/recruiting/skills.txt");

    private final Map<String, Pattern> skills;

    private SkillVocabulary(Map<String, Pattern> skills) {
        this.skills = skills;
    }

    public static SkillVocabulary standard() {
        return DEFAULT;
    }

    /** Skills found in the text, in order of first mention, each once. */
    public List<String> find(String text) {
        Map<String, Integer> found = new LinkedHashMap<>();
        skills.forEach((name, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                found.put(name, m.start());
            }
        });
        List<String> ordered = new ArrayList<>(found.keySet());
        ordered.sort(java.util.Comparator.comparing(found::get));
        return ordered;
    }

    static SkillVocabulary load(String resource) {
        Map<String, Pattern> skills = new LinkedHashMap<>();
        try (InputStream in = SkillVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing skills vocabulary " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String skill = line.strip();
                if (!skill.isEmpty() && !skill.startsWith("#")) {
                    // whole word, case-insensitive; "C" alone is matched case-sensitively to avoid false hits
                    int flags = skill.length() <= 2 ? 0 : Pattern.CASE_INSENSITIVE;
                    skills.put(skill, Pattern.compile("(?<![\\w.+#-])" + Pattern.quote(skill) + "(?![\\w+#]|\\.\\w)",
                            flags));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SkillVocabulary(skills);
    }
}
