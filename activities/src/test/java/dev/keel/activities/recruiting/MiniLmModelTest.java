package dev.keel.activities.recruiting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmModelTest {
    @Test
    void embedsLikeTheLibraryModelOnOneThread() {
        List<TextSegment> texts = List.of(TextSegment.from("Senior Backend Engineer: Java, PostgreSQL, Temporal"),
                TextSegment.from("Data Engineer with Kafka and Python"));
        var ours = new MiniLmModel(1).embedAll(texts).content();
        var library = new AllMiniLmL6V2EmbeddingModel().embedAll(texts).content();
        assertThat(ours).hasSize(2);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(ours.get(i).dimension()).isEqualTo(384);
            assertThat(cosine(ours.get(i).vector(), library.get(i).vector())).isGreaterThan(0.9999);
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
