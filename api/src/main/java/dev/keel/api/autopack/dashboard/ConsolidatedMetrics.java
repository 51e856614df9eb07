package dev.keel.api.autopack.dashboard;

/**
 * The seed's ConsolidatedTokenMetrics: four independent categories, never added together. Keel records only the
 * spend (builder and auditor tokens per phase); the avoided-token categories have no source yet and are 0 or null.
 */
record ConsolidatedMetrics(String runId, long totalTokensSpent, long totalPromptTokens, long totalCompletionTokens,
                           long doctorTokensSpent, long artifactTokensAvoided, int artifactSubstitutionsCount,
                           long doctorTokensAvoidedEstimate, int doctorCallsSkippedCount, int estimateCoverageN,
                           String estimateSource, Long abDeltaTokensSaved, String abControlRunId,
                           String abTreatmentRunId, int totalPhases, int completedPhases) {
}
