package dev.keel.domain.pluto.scoring;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One pass over an uploaded CSV: extracts every row, keeps the usable ones and lists the problems. A row with no
 * candidate data at all (no name, title, location, years, headline and no usable enrichment) is skipped, with why.
 * Used by the API to validate and count an upload, and by the pipeline to stage it, so both agree.
 */
public final class PlutoUploadScan {
    public record Result(ReadStatus status, String message, int candidates, long lastRow,
            List<PlutoRowProblemRepository.StoredProblem> problems) {
    }

    private PlutoUploadScan() {
    }

    /** Calls sink with each batch of usable candidates (may be a no-op); returns the totals. */
    public static Result scan(byte[] csv, PlutoCsvLimits limits, int batchSize, BiConsumer<List<PlutoCandidate>, Integer> sink) {
        List<PlutoRowProblemRepository.StoredProblem> problems = new ArrayList<>();
        int candidates = 0;
        long lastRow = 0;
        try (PlutoCsvReader reader = PlutoCsvReader.open(new ByteArrayInputStream(csv), limits)) {
            while (true) {
                PlutoCsvReader.Batch batch = reader.nextBatch(batchSize);
                if (batch.isEmpty()) {
                    break;
                }
                List<Long> skippedRows = new ArrayList<>();
                List<PlutoCandidate> usable = new ArrayList<>();
                for (PlutoCsvRow row : batch.rows()) {
                    if (hasNoData(row)) {
                        skippedRows.add(row.rowNumber());
                        problems.add(new PlutoRowProblemRepository.StoredProblem(row.rowNumber(), "NO_CANDIDATE_DATA",
                                null, "the row has no name, profile fields or usable enrichment; skipped", true));
                    } else {
                        usable.add(CandidateExtractor.extract(row));
                        lastRow = Math.max(lastRow, row.rowNumber());
                    }
                }
                for (RowProblem p : batch.problems()) {
                    problems.add(new PlutoRowProblemRepository.StoredProblem(p.rowNumber(), p.type().name(), p.column(),
                            p.message(), skippedRows.contains(p.rowNumber())));
                }
                candidates += usable.size();
                if (!usable.isEmpty()) {
                    sink.accept(usable, candidates);
                }
            }
            return new Result(reader.status(), reader.statusMessage(), candidates, lastRow, problems);
        }
    }

    static boolean hasNoData(PlutoCsvRow row) {
        return row.name() == null && row.jobTitle() == null && row.locationCity() == null && row.locationState() == null
                && row.yearsSalesExperience() == null && row.linkedinHeadline() == null
                && row.enrichment().equals(Enrichment.EMPTY);
    }
}
