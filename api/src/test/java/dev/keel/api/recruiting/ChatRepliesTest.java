package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.recruiting.CandidateMatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatRepliesTest {
    @Test
    void candidateMatchesReadExactlyLikeTheSeed() {
        String reply = ChatReplies.candidateMatches(5, List.of(new CandidateMatch(12, "Jane Doe", "Staff Engineer",
                "TechCorp", "San Francisco, CA", 87, "High semantic similarity between job and profile. Overlapping"
                + " terms include: backend, python, distributed.", "openai")));
        assertThat(reply).isEqualTo("Here are the top candidate matches for job #5:\n\n- Candidate #12: Jane Doe (Staff"
                + " Engineer @ TechCorp), score=87, strategy=openai. Why: High semantic similarity between job and"
                + " profile. Overlapping terms include: backend, python, distributed.\n\nYou can now say things like:\n"
                + "- 'show applications for job 5'\n- 'list candidates' to see everyone.");
    }

    @Test
    void matchesShowFifteenThenHowManyMore() {
        List<CandidateMatch> matches = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            matches.add(new CandidateMatch(i, "C" + i, null, null, null, 90 - i, "Keyword overlap on: java.", "naive"));
        }
        String reply = ChatReplies.candidateMatches(5, matches);
        assertThat(reply.lines().filter(l -> l.startsWith("- Candidate #")).count()).isEqualTo(15);
        assertThat(reply).contains("...and 3 more");
    }
}
