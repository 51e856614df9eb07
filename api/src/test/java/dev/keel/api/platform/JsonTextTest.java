package dev.keel.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonTextTest {
    private final JsonMapper mapper = JsonMapper.builder().build();

    private String problem(String json) {
        return JsonText.problem(mapper, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsOrdinaryTextIncludingPairedSurrogatesAndControlCharacters() {
        assertThat(problem("{\"name\":\"Zoë 😀 \\ud83d\\ude00 \\t\\u0001\",\"tags\":[\"a\",{\"b\":\"c\"}]}")).isNull();
    }

    @Test
    void refusesNulInAnyValueOrPropertyName() {
        assertThat(problem("{\"title\":\"a\\u0000b\"}")).isEqualTo("title: must not contain NUL characters");
        assertThat(problem("{\"a\\u0000\":1}")).isEqualTo("a property name: must not contain NUL characters");
        assertThat(problem("[\"x\",[\"\\u0000\"]]")).isEqualTo("a string: must not contain NUL characters");
        assertThat(problem("{\"outer\":{\"list\":[\"ok\",\"\\u0000\"]}}")).startsWith("list:");
    }

    @Test
    void refusesLoneSurrogates() {
        assertThat(problem("{\"t\":\"\\ud800\"}")).isEqualTo("t: must not contain a lone UTF-16 surrogate");
        assertThat(problem("{\"t\":\"x\\udc00\"}")).isEqualTo("t: must not contain a lone UTF-16 surrogate");
        assertThat(problem("{\"t\":\"\\udc00\\ud800\"}")).isNotNull();
        assertThat(problem("{\"t\":\"\\ud800x\"}")).isNotNull();
    }

    @Test
    void leavesMalformedJsonToTheConverter() {
        assertThat(problem("{\"t\":")).isNull();
        assertThat(problem("not json")).isNull();
    }
}
