package dev.keel.activities.recruiting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real PDF and DOCX files written with PDFBox and POI, and a real Word 97 .doc made by LibreOffice
 * (resources/recruiting/README.md), for extraction tests.
 */
public final class Fixtures {
    public static final String RESUME = """
            Jane Doe
            Senior Backend Engineer
            San Francisco, CA | jane@example.com | linkedin.com/in/janedoe | https://github.com/janedoe
            Summary
            8 years of experience building distributed systems with Python, PostgreSQL and Kubernetes.
            Experience
            Staff Engineer at TechCorp (2019 - present)
            Backend Engineer at OtherCo (2016 - 2019)""";
    public static final String JOB_REQ = """
            Job Title: Senior Backend Engineer
            Location: New York, NY
            Full-time, hybrid (3 days in office).
            Salary: $150,000 - $190,000 per year.
            You will build APIs with Python, FastAPI and PostgreSQL.
            Nice to have: Kubernetes and AWS.""";

    /** The text of {@link #word97Doc()}, in a form to search for. */
    public static final String DOC_NAME = "Kim Lee";
    /** A Latin-1 (ISO-8859-1) text resume: é, ü, ó and ñ as single bytes, invalid as UTF-8. */
    public static final String LATIN1_RESUME = "José Müller\nIngeniero de Software Senior en Telefónica\n"
            + "Madrid, España\nPython, Django, PostgreSQL";

    private Fixtures() {
    }

    public static byte[] word97Doc() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/recruiting/resume_word97.doc")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] latin1Text() {
        return LATIN1_RESUME.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String line : text.split("\n")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n")) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
