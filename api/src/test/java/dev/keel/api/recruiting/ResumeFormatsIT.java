package dev.keel.api.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keel.activities.recruiting.Fixtures;
import dev.keel.integrations.llm.TestChatModelSettings;
import dev.keel.api.support.HttpTestClient;
import dev.keel.api.support.HttpTestClient.Response;
import dev.keel.api.support.KeelApiTest;
import dev.keel.api.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Resume uploads in every format the seed accepts, as the original front-end sends them (octet-stream). */
class ResumeFormatsIT extends KeelApiTest {
    private static final String OCTETS = "application/octet-stream";

    @Autowired
    TestChatModelSettings settings;
    HttpTestClient http;

    @BeforeEach
    void user() {
        settings.use(null, null, null);
        http = http().bearer(TestUsers.register(http(), "formats").accessToken());
    }

    @Test
    void pdfDocxDocAndLatin1TextAreRead() {
        assertThat(upload("resume.pdf", Fixtures.pdf(Fixtures.RESUME))).isEqualTo("Jane Doe");
        assertThat(upload("resume.docx", Fixtures.docx(Fixtures.RESUME))).isEqualTo("Jane Doe");
        assertThat(upload("resume_word97.doc", Fixtures.word97Doc())).isEqualTo("Kim Lee");
        assertThat(upload("resume_latin1.txt", Fixtures.latin1Text())).isEqualTo("José Müller");
    }

    @Test
    void keepsTheSizeEmptinessAndTypeLimits() {
        assertThat(send("empty.txt", new byte[0]).status()).isEqualTo(422);
        assertThat(send("blank.txt", "  \n ".getBytes()).status()).isEqualTo(422);
        assertThat(send("big.txt", new byte[5 * 1024 * 1024 + 1]).status()).isEqualTo(413);
        Response binary = send("photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3});
        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.detail()).contains("PDF, DOCX, DOC or plain-text");
        assertThat(send("fake.doc", "not a word file".getBytes()).status()).isEqualTo(415);
    }

    private String upload(String filename, byte[] content) {
        Response r = send(filename, content);
        assertThat(r.status()).as(filename + ": " + r.body()).isEqualTo(200);
        return r.json().path("candidate").path("full_name").asString();
    }

    private Response send(String filename, byte[] content) {
        return Multipart.upload(http, "/api/v1/agent/candidates/from_resume", "resume", filename, OCTETS, content, null);
    }
}
