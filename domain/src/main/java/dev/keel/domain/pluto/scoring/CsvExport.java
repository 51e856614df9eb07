package dev.keel.domain.pluto.scoring;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV export that spreadsheets cannot run: per OWASP's CSV injection guidance, a cell starting with
 * = + - @ or any control character (tab, carriage return, line feed, ...) gets a leading single quote.
 * Quoting and escaping are left to commons-csv.
 */
public final class CsvExport {
    public static final List<String> RANKING_HEADER = List.of("rank", "name", "title", "location_city",
            "location_state", "years_sales_experience", "algo_score", "ai_score", "final_score", "tier");

    private CsvExport() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        char first = cell.charAt(0);
        boolean dangerous = first == '=' || first == '+' || first == '-' || first == '@' || Character.isISOControl(first);
        return dangerous ? "'" + cell : cell;
    }

    /** Writes the header and rows, every cell neutralised; leaves out open. */
    public static void write(Appendable out, List<String> header, Iterable<? extends List<String>> rows)
            throws IOException {
        // Not closed: closing a CSVPrinter closes the caller's Appendable.
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT);
        printer.printRecord(header.stream().map(CsvExport::neutralise));
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(CsvExport::neutralise));
        }
        printer.flush();
    }

    /** Ranked candidates in the given order, rank starting at 1; a failed AI score is an empty cell. */
    public static void writeRanking(Appendable out, List<RankedCandidate> ranked) throws IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            RankedCandidate r = ranked.get(i);
            PlutoCandidate c = r.candidate();
            rows.add(java.util.Arrays.asList(String.valueOf(i + 1), c.name(), c.title(), c.city(), c.state(),
                    c.yearsSalesExperience() == null ? null : String.valueOf(c.yearsSalesExperience()),
                    String.valueOf(r.algo().total()), r.aiScore() == null ? null : String.valueOf(r.aiScore()),
                    String.valueOf(r.finalScore()), r.tier().label()));
        }
        write(out, RANKING_HEADER, rows);
    }
}
