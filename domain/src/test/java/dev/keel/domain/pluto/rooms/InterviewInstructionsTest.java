package dev.keel.domain.pluto.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.domain.pluto.rooms.InterviewInstructions.Context;
import org.junit.jupiter.api.Test;

class InterviewInstructionsTest {

    @Test
    void includesEveryGivenSectionInOrder() {
        String text = InterviewInstructions.of(new Context("John Doe", "Account Executive", "Resume text",
                "JD text", "Brief text"));
        assertThat(text).startsWith("You are Pluto, an AI interview assistant")
                .contains("assess John Doe for the role of Account Executive:")
                .contains("Candidate: John Doe\nRole: Account Executive");
        assertThat(text.indexOf("Job description:\nJD text")).isPositive()
                .isLessThan(text.indexOf("Candidate resume:\nResume text"));
        assertThat(text.indexOf("Candidate resume:")).isLessThan(text.indexOf("Pre-interview brief:\nBrief text"));
    }

    @Test
    void leavesOutBlankSectionsAndNamesAnUnknownRole() {
        String text = InterviewInstructions.of(new Context("Ada", null, "  ", null, ""));
        assertThat(text).contains("assess Ada for the open role:", "Role: the open role")
                .doesNotContain("Job description:", "Candidate resume:", "Pre-interview brief:");
    }

    @Test
    void cutsEachSectionAtTheLimit() {
        String resume = "r".repeat(InterviewInstructions.MAX_SECTION_CHARS + 500);
        String text = InterviewInstructions.of(new Context("Ada", "AE", resume, "jd", null));
        assertThat(text).contains("r".repeat(InterviewInstructions.MAX_SECTION_CHARS) + "\n[truncated]")
                .doesNotContain("r".repeat(InterviewInstructions.MAX_SECTION_CHARS + 1));
    }
}
