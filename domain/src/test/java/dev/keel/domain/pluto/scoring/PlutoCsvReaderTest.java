package dev.keel.domain.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlutoCsvReaderTest {
    static final String HEADER = "name,job_title,location_city,location_state,years_sales_experience,"
            + "linkedin_headline,crustdata_enrichment_data,source\n";
    static final PlutoCsvLimits LIMITS = new PlutoCsvLimits(1_000_000, 100, 1_000);

    static PlutoCsvReader open(String csv, PlutoCsvLimits limits) {
        return PlutoCsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), limits);
    }

    static PlutoCsvReader.Batch readAll(PlutoCsvReader reader) {
        List<PlutoCsvRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (PlutoCsvReader.Batch b = reader.nextBatch(10); !b.isEmpty(); b = reader.nextBatch(10)) {
            rows.addAll(b.rows());
            problems.addAll(b.problems());
        }
        return new PlutoCsvReader.Batch(rows, problems);
    }

    @Test
    void readsKnownColumnsAndKeepsUnknownOnesRaw() {
        PlutoCsvReader reader = open(HEADER + "Jo,AE,Austin,TX,4.5,Closer,,career fair\n", LIMITS);
        PlutoCsvReader.Batch all = readAll(reader);
        assertThat(reader.status()).isEqualTo(ReadStatus.OK);
        assertThat(all.problems()).isEmpty();
        assertThat(all.rows()).containsExactly(new PlutoCsvRow(1, "Jo", "AE", "Austin", "TX", 4.5, "Closer",
                Enrichment.EMPTY, java.util.Map.of("source", "career fair")));
    }

    @Test
    void headerIsCaseInsensitiveToleratesABomAndSkipsBlankRows() {
        PlutoCsvReader reader = open("\uFEFF Name ,Job_Title\n\nJo,AE\n,\nAl,SDR\n", LIMITS);
        List<PlutoCsvRow> rows = readAll(reader).rows();
        assertThat(rows).extracting(PlutoCsvRow::name).containsExactly("Jo", "Al");
        assertThat(rows).extracting(PlutoCsvRow::rowNumber).containsExactly(1L, 3L);
    }

    @Test
    void brokenEnrichmentKeepsTheRowAndReportsIt() {
        PlutoCsvReader reader = open(HEADER + "Jo,AE,,,3,,\"{\"\"name\"\": \",x\n", LIMITS);
        PlutoCsvReader.Batch all = readAll(reader);
        assertThat(reader.status()).isEqualTo(ReadStatus.OK);
        assertThat(all.rows()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Jo");
            assertThat(r.enrichment()).isEqualTo(Enrichment.EMPTY);
        });
        assertThat(all.problems()).extracting(RowProblem::type).containsExactly(RowProblem.Type.BROKEN_ENRICHMENT);
    }

    @Test
    void enrichmentAsOneElementListIsParsed() {
        PlutoCsvReader reader = open("crustdata_enrichment_data\n\"[{\"\"name\"\": \"\"Ann\"\"}]\"\n", LIMITS);
        assertThat(readAll(reader).rows()).singleElement()
                .satisfies(r -> assertThat(r.enrichment().name()).isEqualTo("Ann"));
    }

    @Test
    void wrongYearsAreReportedAndMissing() {
        PlutoCsvReader reader = open("name,years_sales_experience\nA,five\nB,-1\nC,81\nD,80\nE,\n", LIMITS);
        PlutoCsvReader.Batch all = readAll(reader);
        assertThat(all.rows()).extracting(PlutoCsvRow::yearsSalesExperience)
                .containsExactly(null, null, null, 80.0, null);
        assertThat(all.problems()).extracting(RowProblem::rowNumber).containsExactly(1L, 2L, 3L);
        assertThat(all.problems()).allMatch(p -> p.type() == RowProblem.Type.INVALID_YEARS);
    }

    @Test
    void invalidUtf8RejectsTheWholeFile() {
        byte[] bytes = (HEADER + "Jos\u00e9,AE\n").getBytes(StandardCharsets.ISO_8859_1);
        PlutoCsvReader reader = PlutoCsvReader.open(new ByteArrayInputStream(bytes), LIMITS);
        readAll(reader);
        assertThat(reader.status()).isEqualTo(ReadStatus.INVALID_UTF8);
        assertThat(reader.statusMessage()).contains("not valid UTF-8");
    }

    @Test
    void headerWithoutNameAndEnrichmentColumnsIsAFileError() {
        PlutoCsvReader reader = open("job_title,location_city\nAE,Austin\n", LIMITS);
        assertThat(reader.status()).isEqualTo(ReadStatus.MISSING_REQUIRED_COLUMNS);
        assertThat(reader.nextBatch(10).isEmpty()).isTrue();
        assertThat(open("crustdata_enrichment_data\n{}\n", LIMITS).status()).isEqualTo(ReadStatus.OK);
    }

    @Test
    void emptyFileDuplicateColumnsAndBrokenQuotingAreFileErrors() {
        assertThat(open("", LIMITS).status()).isEqualTo(ReadStatus.EMPTY_FILE);
        assertThat(open("name,NAME\nA,B\n", LIMITS).status()).isEqualTo(ReadStatus.DUPLICATE_COLUMN);
        PlutoCsvReader broken = open("name,job_title\nJo,\"unterminated\n", LIMITS);
        readAll(broken);
        assertThat(broken.status()).isEqualTo(ReadStatus.MALFORMED_CSV);
    }

    @Test
    void rowLimitAndByteLimitHaveDistinctOutcomes() {
        String threeRows = "name\nA\nB\nC\n";
        PlutoCsvReader atLimit = open(threeRows, new PlutoCsvLimits(1_000, 3, 100));
        assertThat(readAll(atLimit).rows()).hasSize(3);
        assertThat(atLimit.status()).isEqualTo(ReadStatus.OK);

        PlutoCsvReader tooMany = open(threeRows, new PlutoCsvLimits(1_000, 2, 100));
        readAll(tooMany);
        assertThat(tooMany.status()).isEqualTo(ReadStatus.TOO_MANY_ROWS);

        int size = threeRows.getBytes(StandardCharsets.UTF_8).length;
        PlutoCsvReader exact = open(threeRows, new PlutoCsvLimits(size, 100, 100));
        readAll(exact);
        assertThat(exact.status()).isEqualTo(ReadStatus.OK);
        PlutoCsvReader tooLarge = open(threeRows, new PlutoCsvLimits(size - 1, 100, 100));
        readAll(tooLarge);
        assertThat(tooLarge.status()).isEqualTo(ReadStatus.TOO_LARGE);
    }

    @Test
    void overlongCellsAreTruncatedAndReported() {
        String longTitle = "=" + "x".repeat(50);
        PlutoCsvReader reader = open("name,job_title,crustdata_enrichment_data,a\nJo," + longTitle + ",\"{\"\"name\"\": \"\""
                + "y".repeat(40) + "\"\"}\",1,2\n", new PlutoCsvLimits(10_000, 10, 20));
        PlutoCsvReader.Batch all = readAll(reader);
        PlutoCsvRow row = all.rows().get(0);
        assertThat(row.jobTitle()).isEqualTo(longTitle.substring(0, 20));
        assertThat(row.enrichment()).isEqualTo(Enrichment.EMPTY);
        assertThat(all.problems()).extracting(RowProblem::type, RowProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RowProblem.Type.EXTRA_CELLS, null),
                org.assertj.core.groups.Tuple.tuple(RowProblem.Type.CELL_TOO_LONG, "job_title"),
                org.assertj.core.groups.Tuple.tuple(RowProblem.Type.CELL_TOO_LONG, "crustdata_enrichment_data"));
    }

    @Test
    void streamsTenThousandGeneratedRowsInBatches() {
        GeneratedCsv source = new GeneratedCsv(10_000);
        PlutoCsvReader reader = PlutoCsvReader.open(source, new PlutoCsvLimits(100_000_000, 10_000, 1_000));
        List<Integer> sizes = new ArrayList<>();
        long total = 0;
        long lastRow = 0;
        for (PlutoCsvReader.Batch b = reader.nextBatch(500); !b.isEmpty(); b = reader.nextBatch(500)) {
            if (sizes.isEmpty()) {
                // only a buffer's worth of the ~1 MB file has been pulled for the first batch
                assertThat(source.bytesServed()).isLessThan(200_000);
            }
            sizes.add(b.rows().size());
            total += b.rows().size();
            lastRow = b.rows().get(b.rows().size() - 1).rowNumber();
            assertThat(b.problems()).isEmpty();
        }
        assertThat(reader.status()).isEqualTo(ReadStatus.OK);
        assertThat(sizes).hasSize(20).containsOnly(500);
        assertThat(total).isEqualTo(10_000);
        assertThat(lastRow).isEqualTo(10_000);
    }

    /** A CSV produced row by row as it is read, never held whole. */
    static final class GeneratedCsv extends InputStream {
        private final int rows;
        private int next;
        private byte[] current = HEADER.getBytes(StandardCharsets.UTF_8);
        private int pos;
        private long served;

        GeneratedCsv(int rows) {
            this.rows = rows;
        }

        long bytesServed() {
            return served;
        }

        @Override
        public int read() {
            while (pos == current.length) {
                if (next == rows) {
                    return -1;
                }
                next++;
                current = ("Candidate " + next + ",Account Executive,Austin,TX," + (next % 12)
                        + ",\"Enterprise AE, $" + next + "k ACV\",\"{\"\"name\"\": \"\"C" + next + "\"\"}\",x\n")
                        .getBytes(StandardCharsets.UTF_8);
                pos = 0;
            }
            served++;
            return current[pos++] & 0xff;
        }
    }
}
