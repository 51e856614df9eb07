package dev.keel.domain.pluto.scoring;

import java.util.UUID;

/**
 * A row of pluto_candidates. The *Json fields are the JSONB columns as text (null when not yet set);
 * aiStatus is pending | scored | failed | skipped.
 */
public record StoredPlutoCandidate(UUID id, long orgId, UUID runId, long rowNumber, String name, String jobTitle,
        String locationCity, String locationState, Double yearsSalesExperience, String linkedinHeadline,
        String profileJson, String signalsJson, String enrichmentSource, Integer algoScore, String algoBreakdownJson,
        String aiStatus, Integer aiScore, String aiResultJson, String aiError, Integer finalScore, String tier) {

    /** The candidate as the domain logic sees it (profile JSON decoded). */
    public PlutoCandidate toCandidate() {
        return PlutoProfileJson.read(rowNumber, name, jobTitle, locationCity, locationState, yearsSalesExperience,
                linkedinHeadline, profileJson);
    }

    /** A plain-text profile, resume-like, for LLM prompts. */
    public String profileText() {
        return PlutoProfileText.of(toCandidate());
    }
}
