package dev.keel.activities.recruiting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.domain.recruiting.DocumentText;
import dev.keel.domain.recruiting.DocumentText.Type;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentTextTest {
    @Test
    void readsRealPdfDocxAndText() throws Exception {
        byte[] pdf = Fixtures.pdf(Fixtures.RESUME);
        assertThat(DocumentText.detect("cv.bin", "application/octet-stream", pdf)).isEqualTo(Type.PDF);
        assertThat(DocumentText.extract(Type.PDF, pdf)).contains("Jane Doe", "Staff Engineer at TechCorp");
        byte[] docx = Fixtures.docx(Fixtures.RESUME);
        assertThat(DocumentText.detect("cv.docx", null, docx)).isEqualTo(Type.DOCX);
        assertThat(DocumentText.extract(Type.DOCX, docx)).contains("Jane Doe", "linkedin.com/in/janedoe");
        byte[] text = "Jane Doe\nEngineer".getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentText.detect("cv.txt", "text/plain", text)).isEqualTo(Type.TEXT);
    }

    @Test
    void readsWord97DocWithHwpf() throws Exception {
        byte[] doc = Fixtures.word97Doc();
        assertThat(DocumentText.detect("resume.doc", "application/octet-stream", doc)).isEqualTo(Type.DOC);
        assertThat(DocumentText.detect("resume.bin", null, doc)).isEqualTo(Type.DOC);
        assertThat(DocumentText.extract(Type.DOC, doc)).contains("Kim Lee", "Senior Backend Engineer at Nordwind GmbH",
                "kim.lee@example.com").doesNotContain("\u0000");
    }

    @Test
    void detectsTheCharsetOfTextFiles() throws Exception {
        byte[] latin1 = Fixtures.latin1Text();
        assertThat(DocumentText.detect("resume_latin1.txt", "application/octet-stream", latin1)).isEqualTo(Type.TEXT);
        assertThat(DocumentText.extract(Type.TEXT, latin1)).isEqualTo(Fixtures.LATIN1_RESUME);
        byte[] cp1252 = "\u201cJos\u00e9\u201d \u2013 Engineer".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(DocumentText.extract(Type.TEXT, cp1252)).isEqualTo("\u201cJos\u00e9\u201d \u2013 Engineer");
        byte[] utf16 = ("\uFEFF" + Fixtures.LATIN1_RESUME).getBytes(StandardCharsets.UTF_16LE);
        assertThat(DocumentText.detect("cv.txt", null, utf16)).isEqualTo(Type.TEXT);
        assertThat(DocumentText.extract(Type.TEXT, utf16)).isEqualTo(Fixtures.LATIN1_RESUME);
        byte[] utf8 = Fixtures.LATIN1_RESUME.getBytes(StandardCharsets.UTF_8);
        assertThat(DocumentText.extract(Type.TEXT, utf8)).isEqualTo(Fixtures.LATIN1_RESUME);
    }

    @Test
    void classifiesUnsupportedAndUnreadableFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
        assertThat(DocumentText.detect("photo.png", "image/png", png)).isEqualTo(Type.UNSUPPORTED);
        assertThat(DocumentText.detect("old.doc", "application/msword", "hello".getBytes())).isEqualTo(Type.UNSUPPORTED);
        assertThat(DocumentText.detect("x.txt", "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 0})).isEqualTo(Type.UNSUPPORTED);
        assertThat(DocumentText.detect("x.txt", "text/plain", new byte[] {'a', 0, 'b', 1, 2, 3})).isEqualTo(Type.UNSUPPORTED);
        byte[] notWord = Fixtures.word97Doc().clone();
        java.util.Arrays.fill(notWord, 512, notWord.length, (byte) 0);
        assertThatThrownBy(() -> DocumentText.extract(Type.DOC, notWord))
                .isInstanceOf(DocumentText.UnreadableException.class);
        assertThatThrownBy(() -> DocumentText.extract(Type.PDF, "%PDF-1.7 garbage".getBytes()))
                .isInstanceOf(DocumentText.UnreadableException.class);
        assertThatThrownBy(() -> DocumentText.extract(Type.PDF, Fixtures.pdf(" ")))
                .isInstanceOf(DocumentText.UnreadableException.class);
    }
}
