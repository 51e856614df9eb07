package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LimitedBodyRequestTest {

    private static LimitedBodyRequest request(int bodyBytes, long limit) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/x");
        request.setContent(new byte[bodyBytes]);
        request.removeHeader("Content-Length"); // as with a chunked body: nothing declared
        return new LimitedBodyRequest(request, limit);
    }

    @Test
    void aBodyWithinTheLimitReadsWhole() throws IOException {
        assertThat(request(100, 100).getInputStream().readAllBytes()).hasSize(100);
    }

    @Test
    void readingPastTheLimitFailsWhateverWasDeclared() {
        assertThatThrownBy(() -> request(101, 100).getInputStream().readAllBytes())
                .isInstanceOf(BodyTooLargeException.class);
        assertThatThrownBy(() -> request(101, 100).getReader().read(new char[1000]))
                .isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void byteAtATimeReadsAreCountedToo() throws IOException {
        var in = request(3, 2).getInputStream();
        in.read();
        in.read();
        assertThatThrownBy(in::read).isInstanceOf(BodyTooLargeException.class);
    }

    @Test
    void theLimitIsFoundThroughWrappingExceptions() {
        var tooLarge = new BodyTooLargeException(5);
        assertThat(BodyTooLargeException.in(new RuntimeException(new IllegalStateException(tooLarge))))
                .isSameAs(tooLarge);
        assertThat(BodyTooLargeException.in(new RuntimeException("other"))).isNull();
    }
}
