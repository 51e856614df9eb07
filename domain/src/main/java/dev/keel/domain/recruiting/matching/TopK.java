package dev.keel.domain.recruiting.matching;

/** A fixed-size min-heap of (slot, similarity): keeps the k largest similarities seen. */
final class TopK {
    private final int[] slots;
    private final float[] scores;
    private int size;

    TopK(int k) {
        slots = new int[k];
        scores = new float[k];
    }

    int capacity() {
        return slots.length;
    }

    void offer(int slot, float score, long[] ids) {
        if (size < slots.length) {
            slots[size] = slot;
            scores[size] = score;
            siftUp(size++, ids);
        } else if (worse(0, score, slot, ids)) {
            slots[0] = slot;
            scores[0] = score;
            siftDown(0, ids);
        }
    }

    /** Offers every entry of this heap to {@code other} (slots index the same arrays). */
    void mergeInto(TopK other, long[] ids) {
        for (int i = 0; i < size; i++) {
            other.offer(slots[i], scores[i], ids);
        }
    }

    VectorIndex.Hit[] sorted(long[] ids) {
        VectorIndex.Hit[] out = new VectorIndex.Hit[size];
        while (size > 0) {
            out[size - 1] = new VectorIndex.Hit(ids[slots[0]], scores[0]);
            size--;
            slots[0] = slots[size];
            scores[0] = scores[size];
            siftDown(0, ids);
        }
        return out;
    }

    /** True when heap entry i ranks below (score, slot): lower score, or equal score and larger id. */
    private boolean worse(int i, float score, int slot, long[] ids) {
        return scores[i] < score || (scores[i] == score && ids[slots[i]] > ids[slot]);
    }

    private boolean less(int a, int b, long[] ids) {
        return worse(a, scores[b], slots[b], ids);
    }

    private void siftUp(int i, long[] ids) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(i, parent, ids)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i, long[] ids) {
        while (true) {
            int l = 2 * i + 1;
            int r = l + 1;
            int min = i;
            if (l < size && less(l, min, ids)) {
                min = l;
            }
            if (r < size && less(r, min, ids)) {
                min = r;
            }
            if (min == i) {
                return;
            }
            swap(i, min);
            i = min;
        }
    }

    private void swap(int a, int b) {
        int s = slots[a];
        slots[a] = slots[b];
        slots[b] = s;
        float f = scores[a];
        scores[a] = scores[b];
        scores[b] = f;
    }
}
