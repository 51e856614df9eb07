package dev.keel.api.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/CONFIGURATION.md lists every variable the YAML files read with the type, default and constraints its
 * settings record declares. Regenerate the table (keeping the meanings) with
 * {@code -Dkeel.docs.write=true -Dtest=ConfigurationDocTest}.
 */
class ConfigurationDocTest {
    private static final Path DOC = Path.of("..", "docs", "CONFIGURATION.md");
    private static final String START = "<!-- settings-table:start -->";
    private static final String END = "<!-- settings-table:end -->";

    @Test
    void documentsEveryVariableWithTheTypeAndDefaultOfItsRecord() throws IOException {
        String doc = Files.readString(DOC);
        String expected = table(SettingsTable.rows(), meanings(doc));
        if (Boolean.getBoolean("keel.docs.write")) {
            doc = doc.substring(0, doc.indexOf(START) + START.length()) + "\n" + expected
                    + doc.substring(doc.indexOf(END));
            Files.writeString(DOC, doc);
        }
        assertThat(current(doc)).as("docs/CONFIGURATION.md is out of date; regenerate it (see this test's Javadoc)")
                .isEqualTo(expected);
        assertThat(expected).doesNotContain("| TODO |");
    }

    private static String current(String doc) {
        return doc.substring(doc.indexOf(START) + START.length() + 1, doc.indexOf(END));
    }

    private static String table(Map<String, SettingsTable.Row> rows, Map<String, String> meanings) {
        return "| variable | property | type | default | constraints | meaning |\n|---|---|---|---|---|---|\n"
                + rows.values().stream().map(row -> "| `" + row.variable() + "` | `" + row.property() + "` | "
                        + row.type() + " | " + code(row.defaultValue()) + " | " + row.constraints() + " | "
                        + meanings.getOrDefault(row.variable(), "TODO") + " |\n")
                .collect(Collectors.joining());
    }

    private static String code(String value) {
        return value.equals("unset") || value.equals("by role") ? value : "`" + value + "`";
    }

    /** The meaning column of the table as it is, by variable. */
    private static Map<String, String> meanings(String doc) {
        Map<String, String> meanings = new LinkedHashMap<>();
        if (doc.contains(START)) {
            for (String line : current(doc).split("\n")) {
                String[] cells = line.split(" \\| ");
                if (line.startsWith("| `") && cells.length >= 6) {
                    String meaning = cells[cells.length - 1];
                    meanings.put(cells[0].substring(3, cells[0].length() - 1),
                            meaning.substring(0, meaning.length() - 2));
                }
            }
        }
        return meanings;
    }
}
