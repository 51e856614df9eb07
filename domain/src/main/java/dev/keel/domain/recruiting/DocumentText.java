package dev.keel.domain.recruiting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Recognises PDF, DOCX and UTF-8 text uploads and extracts their text. */
public final class DocumentText {
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    public enum Type { PDF, DOCX, TEXT, UNSUPPORTED }

    /** Thrown when a file of a supported type yields no usable text. */
    public static final class UnreadableException extends Exception {
        public UnreadableException(String message) {
            super(message);
        }
    }

    private DocumentText() {
    }

    /** By content first (magic bytes), then by name and declared type. */
    public static Type detect(String filename, String contentType, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF")) {
            return Type.PDF;
        }
        if (startsWith(bytes, "PK") && (name.endsWith(".docx") || type.contains("wordprocessingml"))) {
            return Type.DOCX;
        }
        boolean declaredBinary = name.matches(".*\\.(pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|zip|exe|rtf|odt)$")
                || type.startsWith("image/") || type.equals("application/pdf") || type.contains("msword")
                || type.contains("officedocument") || type.equals("application/zip");
        if (declaredBinary) {
            return name.endsWith(".pdf") || type.equals("application/pdf") ? Type.PDF
                    : name.endsWith(".docx") ? Type.DOCX : Type.UNSUPPORTED;
        }
        return utf8(bytes) != null && !containsNul(bytes) ? Type.TEXT : Type.UNSUPPORTED;
    }

    public static String extract(Type type, byte[] bytes) throws UnreadableException {
        String text = switch (type) {
            case PDF -> pdf(bytes);
            case DOCX -> docx(bytes);
            case TEXT -> utf8(bytes);
            case UNSUPPORTED -> throw new IllegalArgumentException("unsupported type");
        };
        if (text == null || text.isBlank()) {
            throw new UnreadableException("No text could be extracted from the file");
        }
        return text.replace("\u0000", "").strip();
    }

    private static String pdf(byte[] bytes) throws UnreadableException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("The PDF could not be read");
        }
    }

    private static String docx(byte[] bytes) throws UnreadableException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("The DOCX file could not be read");
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (bytes[i] != m[i]) {
                return false;
            }
        }
        return true;
    }
}
