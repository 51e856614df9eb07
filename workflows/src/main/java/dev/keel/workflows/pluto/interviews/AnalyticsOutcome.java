package dev.keel.workflows.pluto.interviews;

/** What an analysis concluded (the full analytics are in pluto_room_analytics). */
public record AnalyticsOutcome(int overallScore, String recommendation, int unverifiedQuotesDropped) {
}
