package dev.keel.api.pluto.scoring;

import dev.keel.domain.pluto.scoring.PlutoRunQueries;

/** Progress as the original reports it: extraction 0-40 %, AI scoring 40-100 %, and a one-line message. */
final class PlutoProgressText {
    private PlutoProgressText() {
    }

    static int percent(String status, int total, PlutoRunQueries.Counts c) {
        if (total <= 0) {
            return "complete".equals(status) ? 100 : 0;
        }
        return switch (status) {
            case "extracting" -> Math.min(40, 40 * c.extracted() / total);
            case "waiting_confirmation" -> 40;
            case "scoring" -> Math.min(99, 40 + 60 * c.scored() / total);
            case "complete" -> 100;
            default -> Math.min(100, 40 * c.extracted() / total + 60 * c.scored() / total);
        };
    }

    static String message(String status, String stored, int total, PlutoRunQueries.Counts c) {
        return switch (status) {
            case "extracting" -> c.staged() == 0 ? "Reading the CSV"
                    : "Extracting candidate " + Math.min(total, c.extracted() + 1) + " of " + total;
            case "scoring" -> "Scoring candidate " + Math.min(total, c.scored() + 1) + " of " + total;
            default -> stored;
        };
    }
}
