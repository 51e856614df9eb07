package dev.keel.domain.pluto.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a Pluto CSV in batches. Content problems never throw: row problems come with each batch,
 * file-level ones end the read with a failed {@link #status()} (check it after the last batch: a
 * bad byte or the row limit can show up late). Only a failure of the source stream itself throws
 * UncheckedIOException. Memory is bounded by the batch size and maxBytes, never the whole file.
 */
public final class PlutoCsvReader implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    public record Batch(List<PlutoCsvRow> rows, List<RowProblem> problems) {
        public boolean isEmpty() {
            return rows.isEmpty() && problems.isEmpty();
        }
    }

    private final PlutoCsvLimits limits;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private PlutoCsvHeader header;
    private ReadStatus status = ReadStatus.OK;
    private String statusMessage;
    private boolean finished;
    private int dataRows;

    private PlutoCsvReader(InputStream in, PlutoCsvLimits limits) throws IOException {
        this.limits = limits;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.parser = CSVParser.parse(new InputStreamReader(new ByteLimitedInputStream(in, limits.maxBytes()),
                decoder), FORMAT);
        this.records = parser.iterator();
    }

    /** Opens the stream and reads the header; a header problem shows in {@link #status()}. */
    public static PlutoCsvReader open(InputStream in, PlutoCsvLimits limits) {
        try {
            PlutoCsvReader reader = new PlutoCsvReader(in, limits);
            reader.readHeader();
            return reader;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readHeader() {
        CSVRecord first = next();
        if (first == null) {
            fail(status.failed() ? status : ReadStatus.EMPTY_FILE, statusMessage == null ? "no header row" : statusMessage);
            return;
        }
        PlutoCsvHeader.Parsed parsed = PlutoCsvHeader.parse(first.toList());
        if (parsed.status().failed()) {
            fail(parsed.status(), parsed.message());
        } else {
            header = parsed.header();
        }
    }

    /** Up to maxRows rows and their problems; an empty batch once the read is over. */
    public Batch nextBatch(int maxRows) {
        List<PlutoCsvRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        while (!finished && rows.size() < maxRows) {
            CSVRecord record = next();
            if (record == null) {
                break;
            }
            List<String> cells = record.toList();
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (++dataRows > limits.maxRows()) {
                fail(ReadStatus.TOO_MANY_ROWS, "more than " + limits.maxRows() + " rows");
                break;
            }
            long rowNumber = record.getRecordNumber() - 1;
            rows.add(PlutoCsvRowParser.parse(rowNumber, cells, header, limits.maxCellChars(), problems));
        }
        return new Batch(List.copyOf(rows), List.copyOf(problems));
    }

    public ReadStatus status() {
        return status;
    }

    /** Why the read failed; null while the status is OK. */
    public String statusMessage() {
        return statusMessage;
    }

    /** Data rows seen so far (blank rows excluded). */
    public int rowsRead() {
        return Math.min(dataRows, limits.maxRows());
    }

    private CSVRecord next() {
        if (finished) {
            return null;
        }
        try {
            if (records.hasNext()) {
                return records.next();
            }
            finished = true;
            return null;
        } catch (UncheckedIOException e) {
            classify(e.getCause());
            return null;
        }
    }

    private void classify(IOException e) {
        if (e instanceof ByteLimitedInputStream.SourceFailure) {
            finished = true;
            throw new UncheckedIOException(e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ByteLimitedInputStream.LimitExceeded) {
                fail(ReadStatus.TOO_LARGE, "the file is larger than " + limits.maxBytes() + " bytes");
                return;
            }
            if (t instanceof CharacterCodingException) {
                fail(ReadStatus.INVALID_UTF8, "the file is not valid UTF-8; nothing in it was accepted");
                return;
            }
        }
        fail(ReadStatus.MALFORMED_CSV, "the file is not valid CSV: " + e.getMessage());
    }

    private void fail(ReadStatus failure, String message) {
        status = failure;
        statusMessage = message;
        finished = true;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
