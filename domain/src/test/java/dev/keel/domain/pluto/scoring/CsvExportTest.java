package dev.keel.domain.pluto.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void neutralisesFormulaAndControlCharacterPrefixes() {
        assertThat(CsvExport.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.neutralise("+1")).isEqualTo("'+1");
        assertThat(CsvExport.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvExport.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvExport.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvExport.neutralise("\u0000x")).isEqualTo("'\u0000x");
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertThat(CsvExport.neutralise("Jane = Doe")).isEqualTo("Jane = Doe");
        assertThat(CsvExport.neutralise("'quoted")).isEqualTo("'quoted");
        assertThat(CsvExport.neutralise("")).isEmpty();
        assertThat(CsvExport.neutralise(null)).isEmpty();
    }

    @Test
    void roundTripKeepsNeutralisedCellsIntactThroughQuoting() throws Exception {
        StringBuilder out = new StringBuilder();
        CsvExport.write(out, List.of("name", "note"), List.of(List.of("=cmd|' /C calc'!A0", "a,\"b\"\nc"),
                List.of("Bob", "@x")));
        List<CSVRecord> back;
        try (CSVParser p = CSVParser.parse(new StringReader(out.toString()), CSVFormat.DEFAULT)) {
            back = p.getRecords();
        }
        assertThat(back).hasSize(3);
        assertThat(back.get(1).toList()).containsExactly("'=cmd|' /C calc'!A0", "a,\"b\"\nc");
        assertThat(back.get(2).toList()).containsExactly("Bob", "'@x");
    }

    @Test
    void writesRankingWithEmptyCellForFailedAiScore() throws Exception {
        PlutoCandidate c = new PlutoCandidate(1, "=evil()", "AE", "Austin", "TX", 3.0, null, null, List.of(),
                List.of(), List.of(), List.of(), Map.of());
        RankedCandidate r = PlutoRanking.score(c, new AlgoScore(70, 30, 0, 0, 0, 0, 0), null);
        StringBuilder out = new StringBuilder();
        CsvExport.writeRanking(out, List.of(r));
        assertThat(out.toString()).isEqualTo(String.join(",", CsvExport.RANKING_HEADER) + "\r\n"
                + "1,'=evil(),AE,Austin,TX,3.0,70,,60,Good\r\n");
    }
}
