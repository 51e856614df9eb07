package dev.keel.domain.recruiting.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A flat in-memory index of L2-normalised vectors: one row-major float[] and a parallel long[] of profile ids,
 * scanned with a dot product (= cosine) and a k-sized min-heap; indexes of 32,768 vectors or more are scanned
 * in parallel ranges (one per core) whose heaps are merged. Writes carry the row's seq so a stale write never
 * overwrites a newer one. Not thread-safe: {@link ProfileVectorIndexes} guards it with a read/write lock.
 * <p>Measured on JDK 17 here: a dimension-major block layout and int8 quantisation were no faster than this
 * (C2 vectorises neither loop), so the simplest exact layout stays.
 */
public final class VectorIndex {
    private static final int PARALLEL_MIN_VECTORS = 16_384;

    private final int dims;
    private float[] data;
    private long[] ids;
    private long[] seqs;
    private int size;
    private final Map<Long, Integer> slots = new HashMap<>();
    private final Map<Long, Long> removed = new HashMap<>();

    public record Hit(long id, float similarity) {
    }

    public VectorIndex(int dims, int initialCapacity) {
        this.dims = dims;
        int capacity = Math.max(16, initialCapacity);
        this.data = new float[capacity * dims];
        this.ids = new long[capacity];
        this.seqs = new long[capacity];
    }

    public int dims() {
        return dims;
    }

    public int size() {
        return size;
    }

    public long bytes() {
        return (long) data.length * Float.BYTES + (long) ids.length * 2 * Long.BYTES;
    }

    public void upsert(long id, float[] vector, long seq) {
        if (vector.length != dims) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, index has " + dims);
        }
        Long tombstone = removed.get(id);
        if (tombstone != null && tombstone > seq) {
            return;
        }
        Integer slot = slots.get(id);
        if (slot == null) {
            if (size == ids.length) {
                grow();
            }
            slot = size++;
            slots.put(id, slot);
            ids[slot] = id;
        } else if (seqs[slot] > seq) {
            return;
        }
        seqs[slot] = seq;
        System.arraycopy(vector, 0, data, slot * dims, dims);
    }

    public void remove(long id, long seq) {
        removed.merge(id, seq, Math::max);
        Integer slot = slots.get(id);
        if (slot == null || seqs[slot] > seq) {
            return;
        }
        int last = --size;
        slots.remove(id);
        if (slot != last) {
            ids[slot] = ids[last];
            seqs[slot] = seqs[last];
            System.arraycopy(data, last * dims, data, slot * dims, dims);
            slots.put(ids[slot], slot);
        }
    }

    public boolean contains(long id) {
        return slots.containsKey(id);
    }

    /** The k most similar vectors, most similar first (ties by smaller id). */
    public Hit[] topK(float[] query, int k) {
        if (query.length != dims) {
            throw new IllegalArgumentException("query has " + query.length + " dimensions, index has " + dims);
        }
        int n = Math.min(k, size);
        if (n <= 0) {
            return new Hit[0];
        }
        int parts = Math.min(Runtime.getRuntime().availableProcessors(), size / PARALLEL_MIN_VECTORS);
        if (parts <= 1) {
            return scan(query, n, 0, size).sorted(ids);
        }
        TopK merged = new TopK(n);
        int total = size;
        IntStream.range(0, parts).parallel()
                .mapToObj(p -> scan(query, n, (int) ((long) total * p / parts), (int) ((long) total * (p + 1) / parts)))
                .toList()
                .forEach(part -> part.drainInto(merged, ids));
        return merged.sorted(ids);
    }

    private TopK scan(float[] query, int k, int fromSlot, int toSlot) {
        TopK top = new TopK(k);
        for (int slot = fromSlot; slot < toSlot; slot++) {
            top.offer(slot, dot(query, data, slot * dims, dims), ids);
        }
        return top;
    }

    static float dot(float[] q, float[] data, int offset, int dims) {
        float s0 = 0f;
        float s1 = 0f;
        float s2 = 0f;
        float s3 = 0f;
        int i = 0;
        for (; i + 3 < dims; i += 4) {
            s0 += q[i] * data[offset + i];
            s1 += q[i + 1] * data[offset + i + 1];
            s2 += q[i + 2] * data[offset + i + 2];
            s3 += q[i + 3] * data[offset + i + 3];
        }
        for (; i < dims; i++) {
            s0 += q[i] * data[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private void grow() {
        int capacity = ids.length * 2;
        data = Arrays.copyOf(data, capacity * dims);
        ids = Arrays.copyOf(ids, capacity);
        seqs = Arrays.copyOf(seqs, capacity);
    }
}
