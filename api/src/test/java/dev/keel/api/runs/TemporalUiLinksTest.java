package dev.keel.api.runs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemporalUiLinksTest {

    @Test
    void linksToTheEmbeddedDevServersUiOnItsPort() {
        assertThat(new TemporalUiLinks("", "cli-dev-server", "8233", "default").workflow("approval-7"))
                .isEqualTo("http://localhost:8233/namespaces/default/workflows/approval-7");
        assertThat(new TemporalUiLinks("", "cli-dev-server", "9000", "default").workflow("a"))
                .startsWith("http://localhost:9000/");
    }

    @Test
    void aConfiguredBaseWinsInEveryMode() {
        assertThat(new TemporalUiLinks("https://temporal.example.com/", "external", "none", "prod").workflow("x y"))
                .isEqualTo("https://temporal.example.com/namespaces/prod/workflows/x%20y");
    }

    @Test
    void noUiMeansNoLink() {
        assertThat(new TemporalUiLinks("", "cli-dev-server", "none", "default").workflow("a")).isNull();
        assertThat(new TemporalUiLinks("", "cli-dev-server", "0", "default").workflow("a")).isNull();
        assertThat(new TemporalUiLinks("", "in-process", "8233", "default").workflow("a")).isNull();
        assertThat(new TemporalUiLinks(null, "external", "8233", "default").workflow("a")).isNull();
    }
}
