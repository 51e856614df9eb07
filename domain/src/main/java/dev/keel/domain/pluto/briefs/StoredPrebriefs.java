package dev.keel.domain.pluto.briefs;

import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The candidate's generated pre-brief (InterviewBriefRepository) as prompt text for interview sessions. */
@Component
public class StoredPrebriefs implements PlutoPrebriefs {
    private final InterviewBriefRepository briefs;

    public StoredPrebriefs(InterviewBriefRepository briefs) {
        this.briefs = briefs;
    }

    @Override
    public Optional<String> storedBriefText(long orgId, UUID candidateId) {
        return briefs.candidatePrebrief(orgId, candidateId).map(StoredPrebriefs::text);
    }

    static String text(PreInterviewBrief b) {
        StringJoiner out = new StringJoiner("\n");
        line(out, "Summary", b.candidateSummary());
        line(out, "Role fit", b.roleFit());
        list(out, "Strengths", b.keyStrengths());
        list(out, "Concerns", b.concerns());
        list(out, "Focus areas", b.focusAreas());
        list(out, "Red flags to probe", b.redFlagsToProbe());
        list(out, "Suggested questions", b.suggestedQuestions().stream().map(InterviewQuestion::question).toList());
        return out.toString();
    }

    private static void line(StringJoiner out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(label + ": " + value);
        }
    }

    private static void list(StringJoiner out, String label, List<String> values) {
        if (!values.isEmpty()) {
            out.add(label + ": " + String.join("; ", values));
        }
    }
}
