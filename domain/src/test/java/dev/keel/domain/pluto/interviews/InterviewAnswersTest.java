package dev.keel.domain.pluto.interviews;

import dev.keel.domain.pluto.briefs.BriefJson;
import dev.keel.domain.pluto.briefs.Briefs;
import dev.keel.domain.pluto.briefs.InterviewQuestion;
import dev.keel.domain.pluto.MalformedAnswerException;
import dev.keel.domain.pluto.briefs.PreInterviewBrief;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InterviewAnswersTest {
    private static final String TRANSCRIPT = "Interviewer: Why sales?\nCandidate: I love closing hard deals.\n";

    @Test
    void analyticsFromTheLlmAreClampedNormalisedAndQuotesChecked() {
        InterviewAnalytics a = AnalyticsAnswers.fromLlm(BriefJson.tree("""
                {"overall_score": 140.4, "recommendation": "Strong Hire", "communication_score": -3,
                 "question_scores": [{"question": "Why sales?", "score": "7", "quote": "I love closing hard deals."},
                                     {"question": "No score"},
                                     {"question": "Made up", "score": 3, "quote": "I hate sales"}],
                 "strengths": ["Drive", {"point": "Honest", "quote": "'I love closing'"}, {"quote": "no point"}],
                 "risks": {"not": "a list"}}"""), TRANSCRIPT, "2026-01-01T00:00:00Z");
        assertThat(a.overallScore()).isEqualTo(100);
        assertThat(a.recommendation()).isEqualTo("strong_hire");
        assertThat(a.communicationScore()).isZero();
        assertThat(a.roleFitScore()).isNull();
        assertThat(a.questionScores()).extracting(InterviewAnalytics.QuestionScore::quote)
                .containsExactly("I love closing hard deals.", null);
        assertThat(a.strengths()).extracting(InterviewAnalytics.Evidence::quote).containsExactly(null, "I love closing");
        assertThat(a.risks()).isEmpty();
        assertThat(a.unverifiedQuotesDropped()).isEqualTo(1);
        assertThat(a.summary()).isEmpty();
    }

    @Test
    void anUnknownRecommendationIsDerivedFromTheScore() {
        InterviewAnalytics a = AnalyticsAnswers.fromLlm(BriefJson.tree("{\"overall_score\": 56,"
                + " \"recommendation\": \"maybe\"}"), TRANSCRIPT, "t");
        assertThat(a.recommendation()).isEqualTo("lean_hire");
        assertThat(AnalyticsAnswers.recommendationFor(85)).isEqualTo("strong_hire");
        assertThat(AnalyticsAnswers.recommendationFor(39)).isEqualTo("no_hire");
        assertThatThrownBy(() -> AnalyticsAnswers.fromLlm(BriefJson.tree("{\"overall_score\": \"high\"}"),
                TRANSCRIPT, "t")).isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void questionsNeedFiveAndAreCutToEight() {
        StringBuilder many = new StringBuilder("{\"questions\": [");
        for (int i = 0; i < 10; i++) {
            many.append(i == 0 ? "" : ",").append("{\"question\": \"Q").append(i).append("\"}");
        }
        assertThat(Briefs.questions(BriefJson.tree(many + "]}"))).hasSize(8)
                .first().isEqualTo(new InterviewQuestion("Q0", ""));
        assertThatThrownBy(() -> Briefs.questions(BriefJson.tree("{\"questions\": [\"a\", \"b\", {\"purpose\": 1}]}")))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("got 2");
    }

    @Test
    void aPrebriefNeedsACandidateSummary() {
        PreInterviewBrief brief = Briefs.prebrief(BriefJson.tree("{\"candidate_summary\": \" Jane \","
                + " \"concerns\": \"one\", \"key_strengths\": [1, \"Grit\", \" \"]}"), "t");
        assertThat(brief.candidateSummary()).isEqualTo("Jane");
        assertThat(brief.concerns()).containsExactly("one");
        assertThat(brief.keyStrengths()).containsExactly("Grit");
        assertThat(brief.talkingPoints()).isEmpty();
        assertThatThrownBy(() -> Briefs.prebrief(BriefJson.tree("{\"role_fit\": \"ok\"}"), "t"))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void clientAnalyticsAreReadStrictly() {
        InterviewAnalytics ok = ClientAnalytics.read(BriefJson.tree("{\"overall_score\": 0, \"recommendation\":"
                + " \"no_hire\", \"risks\": [{\"point\": \"Late\"}], \"extra\": true}"), "now");
        assertThat(ok.generatedAt()).isEqualTo("now");
        assertThat(ok.risks()).containsExactly(new InterviewAnalytics.Evidence("Late", null));
        assertThatThrownBy(() -> ClientAnalytics.read(BriefJson.tree("{\"overall_score\": 80,"
                + " \"recommendation\": \"hire\", \"communication_score\": 11}"), "now"))
                .hasMessage("analytics.communication_score: must be an integer from 0 to 10");
        assertThatThrownBy(() -> ClientAnalytics.read(BriefJson.tree("{\"overall_score\": 80,"
                + " \"recommendation\": \"hire\", \"risks\": [{\"quote\": \"x\"}]}"), "now"))
                .hasMessage("analytics.evidence.point: field required");
    }

    @Test
    void recordsRoundTripInSnakeCase() {
        PreInterviewBrief brief = Briefs.prebrief(BriefJson.tree("{\"candidate_summary\": \"Jane\"}"), "t");
        String json = BriefJson.write(brief);
        assertThat(json).contains("\"candidate_summary\"").contains("\"red_flags_to_probe\"");
        assertThat(BriefJson.read(json, PreInterviewBrief.class)).isEqualTo(brief);
    }
}
