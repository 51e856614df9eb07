package dev.keel.domain.recruiting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Recognises PDF, DOCX, Word 97-2003 DOC (HWPF) and text uploads (any charset, {@link PlainText}) and extracts their
 * text.
 */
public final class DocumentText {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** The OLE2 compound file signature: Word 97-2003 documents. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    public enum Type { PDF, DOCX, DOC, TEXT, UNSUPPORTED }

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
        if (startsWith(bytes, OLE2)) {
            return Type.DOC;
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
        return PlainText.decode(bytes) != null ? Type.TEXT : Type.UNSUPPORTED;
    }

    public static String extract(Type type, byte[] bytes) throws UnreadableException {
        String text = switch (type) {
            case PDF -> pdf(bytes);
            case DOCX -> docx(bytes);
            case DOC -> doc(bytes);
            case TEXT -> PlainText.decode(bytes);
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

    private static String doc(byte[] bytes) throws UnreadableException {
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes));
             WordExtractor extractor = new WordExtractor(document)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("The DOC file could not be read; save it as DOCX or PDF and upload again");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        return startsWith(bytes, magic.getBytes(StandardCharsets.US_ASCII));
    }
}
