package dev.keel.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersTest {
    @Test
    void hstsOnlyOverTls() {
        MockHttpServletResponse plain = new MockHttpServletResponse();
        SecurityHeaders.apply(plain, false);
        assertThat(plain.getHeader("Strict-Transport-Security")).isNull();
        assertThat(plain.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");

        MockHttpServletResponse tls = new MockHttpServletResponse();
        SecurityHeaders.apply(tls, true);
        assertThat(tls.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");
    }
}
