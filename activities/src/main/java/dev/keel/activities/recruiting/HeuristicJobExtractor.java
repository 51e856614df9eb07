package dev.keel.activities.recruiting;

import dev.keel.workflows.recruiting.JobDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based job extraction: title, location, salary range and currency, employment type, remote option and
 * skills. When no title pattern matches, it keeps the seed's floor: title = the first 80 characters.
 */
public final class HeuristicJobExtractor {
    private static final String ROLE = "(?:Engineer|Developer|Manager|Designer|Scientist|Analyst|Architect|Recruiter|"
            + "Director|Consultant|Specialist|Administrator|Lead|Marketer|Writer|Accountant|Representative|Executive|"
            + "Coordinator|Officer|Nurse|Teacher|Technician|Intern|Programmer|SRE|DevOps)s?";
    private static final Pattern LABELLED_TITLE = Pattern.compile("(?im)^\\s*(?:job\\s+)?(?:title|position|role)\\s*:\\s*(.+)$");
    private static final Pattern ROLE_TITLE = Pattern.compile("((?:(?:Senior|Sr\\.?|Junior|Jr\\.?|Staff|Principal|Lead|Head of|Chief)\\s+)?"
            + "(?:[A-Z][\\w+#./-]*\\s+){0,3}" + ROLE + ")\\b");
    private static final Pattern ROLE_TITLE_ANY_CASE = Pattern.compile(ROLE_TITLE.pattern(), Pattern.CASE_INSENSITIVE);
    private static final Pattern LABELLED_LOCATION = Pattern.compile("(?im)^\\s*location\\s*:\\s*(.+)$");
    private static final Pattern CITY_STATE = Pattern.compile("\\b(?:in|at|based in)\\s+([A-Z][a-zA-Z.]+(?: [A-Z][a-zA-Z.]+){0,2}, ?[A-Z]{2})\\b");
    private static final Map<String, String> CITIES = Map.ofEntries(Map.entry("nyc", "New York, NY"),
            Map.entry("new york", "New York, NY"), Map.entry("sf", "San Francisco, CA"),
            Map.entry("san francisco", "San Francisco, CA"), Map.entry("bay area", "San Francisco Bay Area, CA"),
            Map.entry("seattle", "Seattle, WA"), Map.entry("austin", "Austin, TX"), Map.entry("boston", "Boston, MA"),
            Map.entry("chicago", "Chicago, IL"), Map.entry("los angeles", "Los Angeles, CA"), Map.entry("la", "Los Angeles, CA"),
            Map.entry("denver", "Denver, CO"), Map.entry("london", "London, UK"), Map.entry("berlin", "Berlin, Germany"),
            Map.entry("toronto", "Toronto, Canada"), Map.entry("paris", "Paris, France"));
    private static final Pattern CITY = Pattern.compile("(?i)\\b(?:in|at|based in|office in)\\s+(?:the\\s+)?("
            + String.join("|", CITIES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b");
    private static final Pattern NICE = Pattern.compile("(?i)nice[- ]to[- ]have|bonus|a plus|preferred|is a plus");

    private final SkillVocabulary vocabulary;

    public HeuristicJobExtractor(SkillVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public JobDraft extract(String text) {
        String t = text.strip();
        String title = title(t);
        String lower = t.toLowerCase(Locale.ROOT);
        Integer[] salary = new Integer[2];
        String currency = SalaryRange.find(t, salary);
        List<String> required = new ArrayList<>();
        List<String> nice = new ArrayList<>();
        splitSkills(t, required, nice);
        return Drafts.job(title, department(title), location(t, lower), employment(lower), remote(lower), salary[0],
                salary[1], currency, t, required, nice, "heuristic");
    }

    static String title(String t) {
        Matcher labelled = LABELLED_TITLE.matcher(t);
        if (labelled.find()) {
            return labelled.group(1).strip();
        }
        Matcher role = ROLE_TITLE.matcher(t);
        if (role.find()) {
            return role.group(1).replaceFirst("^(?:We|Our|The|A|An)\\s+", "").strip();
        }
        Matcher anyCase = ROLE_TITLE_ANY_CASE.matcher(t);
        if (anyCase.find()) {
            return titleCase(anyCase.group(1).replaceFirst("(?i)^(?:.*\\b(?:a|an|the|for|need|hiring|seeking))\\s+", ""));
        }
        return t.length() <= 80 ? t : t.substring(0, 80);
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.strip().split("\\s+")) {
            out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }

    private static String location(String t, String lower) {
        Matcher labelled = LABELLED_LOCATION.matcher(t);
        if (labelled.find()) {
            return labelled.group(1).strip();
        }
        Matcher city = CITY.matcher(t);
        if (city.find()) {
            return CITIES.get(city.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher cityState = CITY_STATE.matcher(t);
        if (cityState.find()) {
            return cityState.group(1);
        }
        return lower.contains("fully remote") || lower.contains("remote-first") ? "Remote" : null;
    }

    private static String employment(String lower) {
        if (lower.matches("(?s).*\\bpart[- ]time\\b.*")) {
            return "Part-time";
        }
        if (lower.matches("(?s).*\\b(contract|contractor|freelance)\\b.*")) {
            return "Contract";
        }
        if (lower.matches("(?s).*\\binternship\\b.*")) {
            return "Internship";
        }
        return lower.matches("(?s).*\\bfull[- ]time\\b.*") ? "Full-time" : null;
    }

    private static String remote(String lower) {
        if (lower.contains("hybrid")) {
            return "Hybrid";
        }
        if (lower.matches("(?s).*\\bremote\\b.*")) {
            return "Remote";
        }
        return lower.matches("(?s).*\\b(on-site|onsite|on site|in-office|in office)\\b.*") ? "On-site" : null;
    }

    private void splitSkills(String t, List<String> required, List<String> nice) {
        for (String sentence : t.split("(?<=[.!?;])\\s+|\\n")) {
            boolean optional = NICE.matcher(sentence).find();
            for (String skill : vocabulary.find(sentence)) {
                if (optional && !required.contains(skill) && !nice.contains(skill)) {
                    nice.add(skill);
                } else if (!optional && !required.contains(skill)) {
                    required.add(skill);
                    nice.remove(skill);
                }
            }
        }
    }

    private static String department(String title) {
        String l = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (l.matches(".*\\b(engineer|developer|programmer|architect|sre|devops)\\b.*")) {
            return "Engineering";
        }
        if (l.contains("designer")) {
            return "Design";
        }
        if (l.contains("data") || l.contains("scientist") || l.contains("analyst")) {
            return "Data";
        }
        if (l.contains("sales") || l.contains("account executive")) {
            return "Sales";
        }
        if (l.contains("marketing") || l.contains("marketer")) {
            return "Marketing";
        }
        return l.contains("recruiter") ? "People" : null;
    }
}
