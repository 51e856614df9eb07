package dev.keel.integrations.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LlmSettingsTest {

    @Test
    void defaultsLiveInTheRecord() {
        LlmSettings none = LlmSettings.none();
        assertThat(none.provider()).isEqualTo(LlmProvider.OPENAI_COMPATIBLE);
        assertThat(none.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(none.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(none.baseUrl()).isNull();
        assertThat(new LlmSettings(null, "  ", " k ", "", null, null).apiKey()).isEqualTo("k");
    }

    @Test
    void aBadValueStopsTheStartNamingTheVariable() {
        assertThatThrownBy(() -> new LlmSettings(null, "localhost:8000", null, null, null, null))
                .hasMessageStartingWith("KEEL_LLM_BASE_URL must be an http(s) URL");
        assertThatThrownBy(() -> new LlmSettings(null, null, null, null, Duration.ZERO, null))
                .hasMessageStartingWith("KEEL_LLM_TIMEOUT");
    }
}
