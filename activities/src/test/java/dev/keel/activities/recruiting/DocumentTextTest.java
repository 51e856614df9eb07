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
    void classifiesUnsupportedAndUnreadableFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0};
        assertThat(DocumentText.detect("photo.png", "image/png", png)).isEqualTo(Type.UNSUPPORTED);
        assertThat(DocumentText.detect("old.doc", "application/msword", "hello".getBytes())).isEqualTo(Type.UNSUPPORTED);
        assertThat(DocumentText.detect("x.txt", "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe, 0})).isEqualTo(Type.UNSUPPORTED);
        assertThatThrownBy(() -> DocumentText.extract(Type.PDF, "%PDF-1.7 garbage".getBytes()))
                .isInstanceOf(DocumentText.UnreadableException.class);
        assertThatThrownBy(() -> DocumentText.extract(Type.PDF, Fixtures.pdf(" ")))
                .isInstanceOf(DocumentText.UnreadableException.class);
    }
}
