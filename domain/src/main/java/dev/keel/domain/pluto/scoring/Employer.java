package dev.keel.domain.pluto.scoring;

import java.time.LocalDate;

/** One entry of an enrichment's current_employers / past_employers; any field may be null. */
public record Employer(String name, String title, LocalDate startDate, LocalDate endDate) {
}
