package dev.keel.domain.recruiting.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorIndexTest {
    private static final int DIMS = 24;
    private final Random random = new Random(42);

    private float[] randomUnit() {
        float[] v = new float[DIMS];
        for (int i = 0; i < DIMS; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return Vectors.normalize(v);
    }

    private static List<Long> bruteForce(Map<Long, float[]> vectors, float[] q, int k) {
        return vectors.entrySet().stream()
                .sorted(Comparator.<Map.Entry<Long, float[]>>comparingDouble(e -> -dot(q, e.getValue()))
                        .thenComparingLong(Map.Entry::getKey))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (double) a[i] * b[i];
        }
        return s;
    }

    private static List<Long> ids(VectorIndex.Hit[] hits) {
        List<Long> out = new ArrayList<>();
        for (VectorIndex.Hit h : hits) {
            out.add(h.id());
        }
        return out;
    }

    @Test
    void topKMatchesBruteForceAcrossGrowthDeletesAndUpdates() {
        VectorIndex index = new VectorIndex(DIMS, 4);
        Map<Long, float[]> truth = new HashMap<>();
        long seq = 0;
        for (long id = 1; id <= 2000; id++) {
            float[] v = randomUnit();
            index.upsert(id, v, ++seq);
            truth.put(id, v);
        }
        for (long id = 1; id <= 2000; id += 7) {
            index.remove(id, ++seq);
            truth.remove(id);
        }
        for (long id = 2; id <= 2000; id += 11) {
            if (truth.containsKey(id)) {
                float[] v = randomUnit();
                index.upsert(id, v, ++seq);
                truth.put(id, v);
            }
        }
        assertThat(index.size()).isEqualTo(truth.size());
        for (int trial = 0; trial < 20; trial++) {
            float[] q = randomUnit();
            for (int k : new int[] {1, 10, 100}) {
                VectorIndex.Hit[] hits = index.topK(q, k);
                assertThat(ids(hits)).isEqualTo(bruteForce(truth, q, k));
                for (int i = 1; i < hits.length; i++) {
                    assertThat(hits[i - 1].similarity()).isGreaterThanOrEqualTo(hits[i].similarity());
                }
            }
        }
    }

    @Test
    void largeIndexesOfManyBlocksAgreeWithBruteForce() {
        VectorIndex index = new VectorIndex(DIMS, 16);
        Map<Long, float[]> truth = new HashMap<>();
        for (long id = 1; id <= 40_000; id++) {
            float[] v = randomUnit();
            index.upsert(id, v, id);
            truth.put(id, v);
        }
        for (int trial = 0; trial < 5; trial++) {
            float[] q = randomUnit();
            assertThat(ids(index.topK(q, 50))).isEqualTo(bruteForce(truth, q, 50));
        }
    }

    @Test
    void deletedVectorsAreNeverReturnedAndUpdatesMoveTheRanking() {
        VectorIndex index = new VectorIndex(2, 1);
        index.upsert(1, new float[] {1, 0}, 1);
        index.upsert(2, new float[] {0, 1}, 2);
        index.upsert(3, Vectors.normalize(new float[] {1, 1}), 3);
        assertThat(ids(index.topK(new float[] {1, 0}, 3))).containsExactly(1L, 3L, 2L);

        index.remove(1, 4);
        assertThat(ids(index.topK(new float[] {1, 0}, 3))).containsExactly(3L, 2L);
        assertThat(index.contains(1)).isFalse();

        index.upsert(2, new float[] {1, 0}, 5);
        assertThat(ids(index.topK(new float[] {1, 0}, 1))).containsExactly(2L);
        assertThat(index.topK(new float[] {1, 0}, 1)[0].similarity()).isEqualTo(1f);
    }

    @Test
    void staleWritesNeverOverwriteNewerOnes() {
        VectorIndex index = new VectorIndex(2, 4);
        index.upsert(1, new float[] {1, 0}, 10);
        index.upsert(1, new float[] {0, 1}, 9);
        assertThat(index.topK(new float[] {1, 0}, 1)[0].similarity()).isEqualTo(1f);

        index.remove(1, 12);
        index.upsert(1, new float[] {1, 0}, 11);
        assertThat(index.size()).isZero();
        assertThat(index.topK(new float[] {1, 0}, 5)).isEmpty();
    }
}
