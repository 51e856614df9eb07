package dev.keel.domain.pluto.intake;

import dev.keel.domain.pluto.scoring.PlutoCandidate;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The missing profile fields of a candidate for the intake: {@link PlutoCandidate#gaps()} followed by phone and
 * email (present when stored by an intake or given as a raw CSV column of that name), and one question per gap.
 */
public final class IntakeGaps {
    private static final Map<String, String> QUESTIONS = Map.of(
            "name", "What is your full name?",
            "title", "What is your current job title?",
            "city", "Which city are you based in?",
            "state", "Which state are you based in?",
            "years_sales_experience", "How many years of sales experience do you have?",
            "headline", "How would you describe your professional background in one line, like a LinkedIn headline?",
            "phone", "What is your phone number?",
            "email", "What is your email address?");

    private IntakeGaps() {
    }

    public static List<String> of(StoredPlutoCandidate stored, CandidateContact contact) {
        PlutoCandidate candidate = stored.toCandidate();
        List<String> gaps = new ArrayList<>(candidate.gaps());
        if (blank(contact.phone()) && blank(raw(candidate, "phone"))) {
            gaps.add("phone");
        }
        if (blank(contact.email()) && blank(raw(candidate, "email"))) {
            gaps.add("email");
        }
        return gaps;
    }

    public static List<String> questions(List<String> gaps) {
        return gaps.stream().map(g -> QUESTIONS.getOrDefault(g, "What is your " + g.replace('_', ' ') + "?")).toList();
    }

    private static String raw(PlutoCandidate candidate, String column) {
        return candidate.extra().entrySet().stream()
                .filter(e -> e.getKey().trim().equalsIgnoreCase(column))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
