package dev.keel.api.pluto.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.keel.domain.pluto.interviews.CandidateAnalytics;
import dev.keel.domain.pluto.briefs.InterviewQuestion;
import dev.keel.domain.pluto.briefs.PreInterviewBrief;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON shapes of a Pluto candidate: the ranked summary (results, status lists) and the full detail. The JSONB
 * columns are read into the records of what the domain wrote there (PlutoScoreJson, PlutoProfileJson).
 */
public final class PlutoCandidateViews {
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private PlutoCandidateViews() {
    }

    /** rank is absent in the detail; ai_* and the score fields are null until scored. */
    public record PlutoCandidateSummary(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String id,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Integer rank,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String runId,
                                   long rowNumber,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                                   String jobTitle, String locationCity, String locationState,
                                   Double yearsSalesExperience, String linkedinHeadline, Integer algoScore,
                                   Integer aiScore,
                                   @Schema(allowableValues = {"pending", "scored", "failed", "skipped"})
                                   String aiStatus,
                                   boolean aiScoringFailed, Integer finalScore,
                                   @Schema(allowableValues = {"Top Tier", "Strong", "Good", "Evaluate", "Poor"})
                                   String tier,
                                   String oneLineSummary,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> pros,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> cons,
                                   String reasoning,
                                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> interviewQuestions,
                                   PlutoSignalsView signals, String enrichmentSource) {
    }

    /** What scoring detected (PlutoScoreJson.signals). */
    public record PlutoSignalsView(boolean soldToFinance, boolean founder, boolean startup, long acvUsd,
                                   boolean enterprise, List<String> redFlags) {
    }

    /** The algo score's parts (PlutoScoreJson.breakdown). */
    public record PlutoAlgoBreakdown(int experience, int soldToFinance, int founderOrStartup, int acv, int enterprise,
                                     int redFlags, int total) {
    }

    /** The AI assessment as stored (PlutoScoreJson.assessment). */
    record PlutoAiResult(String summary, List<String> pros, List<String> cons, String reasoning,
                         List<String> interviewQuestions) {
    }

    /** Dates are ISO yyyy-MM-dd; any field may be null. */
    public record PlutoEmployer(String employerName, String employeeTitle, String startDate, String endDate) {
    }

    /** The profile column (PlutoProfileJson.write); raw_data holds the CSV's unknown columns. */
    public record PlutoProfile(String summary, List<String> skills, List<PlutoEmployer> currentEmployers,
                               List<PlutoEmployer> pastEmployers, List<String> education,
                               Map<String, String> rawData) {
    }

    /** The full candidate; questions, prebrief and interview_analytics are null until generated. */
    public record PlutoCandidateDetail(@JsonUnwrapped PlutoCandidateSummary candidate,
                                       @JsonUnwrapped PlutoProfile profile,
                                       PlutoAlgoBreakdown algoBreakdown, String aiError,
                                       List<InterviewQuestion> questions, PreInterviewBrief prebrief,
                                       CandidateAnalytics interviewAnalytics) {
    }

    static PlutoCandidateSummary summary(StoredPlutoCandidate c, Integer rank) {
        PlutoAiResult ai = read(c.aiResultJson(), PlutoAiResult.class);
        return new PlutoCandidateSummary(c.id().toString(), rank, c.runId().toString(), c.rowNumber(), c.name(),
                c.jobTitle(), c.locationCity(), c.locationState(), c.yearsSalesExperience(), c.linkedinHeadline(),
                c.algoScore(), c.aiScore(), c.aiStatus(), "failed".equals(c.aiStatus()), c.finalScore(), c.tier(),
                ai == null ? null : ai.summary(), list(ai == null ? null : ai.pros()),
                list(ai == null ? null : ai.cons()), ai == null ? null : ai.reasoning(),
                list(ai == null ? null : ai.interviewQuestions()), read(c.signalsJson(), PlutoSignalsView.class),
                c.enrichmentSource());
    }

    static PlutoCandidateDetail detail(StoredPlutoCandidate c, List<InterviewQuestion> questions,
                                  PreInterviewBrief prebrief, CandidateAnalytics analytics) {
        return new PlutoCandidateDetail(summary(c, null), read(c.profileJson(), PlutoProfile.class),
                read(c.algoBreakdownJson(), PlutoAlgoBreakdown.class), c.aiError(), questions, prebrief, analytics);
    }

    static List<PlutoCandidateSummary> ranked(List<StoredPlutoCandidate> rows, int firstRank) {
        List<PlutoCandidateSummary> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(summary(rows.get(i), firstRank + i));
        }
        return out;
    }

    private static <T> T read(String json, Class<T> type) {
        return json == null ? null : JSON.readValue(json, type);
    }

    private static List<String> list(List<String> items) {
        return items == null ? List.of() : items;
    }
}
