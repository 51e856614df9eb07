package dev.keel.domain.recruiting.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class VectorsTest {
    @Test
    void encodesLikePostgresFloat4send() {
        // SELECT float4send(1.0) || float4send(-2.5) = \x3f800000c0200000
        assertThat(HexFormat.of().formatHex(Vectors.encode(new float[] {1.0f, -2.5f}))).isEqualTo("3f800000c0200000");
        assertThat(Vectors.decode(HexFormat.of().parseHex("3f800000c0200000"))).containsExactly(1.0f, -2.5f);
    }

    @Test
    void normalizesToUnitLength() {
        assertThat(Vectors.normalize(new float[] {3, 4})).containsExactly(0.6f, 0.8f);
        assertThat(Vectors.normalize(new float[] {0, 0})).containsExactly(0f, 0f);
    }
}
