package dev.keel.domain.recruiting.matching;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * In-memory vector indexes, one per (org, kind, model), loaded lazily from PostgreSQL on first use.
 * <p>Freshness across API replicas: every write to profile_embeddings takes a new seq from a sequence and
 * deletes leave tombstones, so an index reloads only the rows with seq above its watermark, at most once per
 * {@code keel.matching.index-refresh-interval} (default 1 s) when it is searched. The delta re-reads a small
 * overlap below the watermark because a seq taken earlier may commit later. In the process that runs the
 * embedding activity, writes are also applied at once. Rows carry their seq, so re-applying one is harmless.
 * <p>Memory: vectors are float32 (384 dims = 1.5 KB each, 100,000 profiles = 154 MB; text-embedding-3-small's 1536 are four
 * times that). The total is bounded by
 * {@code keel.matching.index-budget-mb} (default 1024); least recently used indexes are dropped to make room,
 * and an index that cannot fit fails the semantic path, so that request falls back to naive matching.
 */
@Component
public class ProfileVectorIndexes {
    private static final Logger LOG = LoggerFactory.getLogger(ProfileVectorIndexes.class);
    static final long SEQ_OVERLAP = 256;

    private final ProfileEmbeddings embeddings;
    private final MatchingSettings settings;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    record Key(long orgId, String kind, String model) {
    }

    private static final class Entry {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        volatile VectorIndex index;
        long watermark = -1;
        volatile long refreshedAtNanos;
        volatile long usedAtNanos;
    }

    public ProfileVectorIndexes(ProfileEmbeddings embeddings, MatchingSettings settings) {
        this.embeddings = embeddings;
        this.settings = settings;
    }

    /** The {@code k} profiles of the org most similar to {@code query}. Loads or refreshes the index as needed. */
    public VectorIndex.Hit[] search(long orgId, String kind, String model, float[] query, int k) {
        Entry entry = entries.computeIfAbsent(new Key(orgId, kind, model), key -> new Entry());
        entry.usedAtNanos = System.nanoTime();
        ensureFresh(new Key(orgId, kind, model), entry, query.length);
        entry.lock.readLock().lock();
        try {
            return entry.index.topK(query, k);
        } finally {
            entry.lock.readLock().unlock();
        }
    }

    /** Applies one stored write (a null vector is a delete) to a loaded index; unloaded indexes will read it. */
    public void apply(long orgId, String kind, String model, long profileId, float[] vector, long seq) {
        Entry entry = entries.get(new Key(orgId, kind, model));
        if (entry == null) {
            return;
        }
        entry.lock.writeLock().lock();
        try {
            if (entry.index != null) {
                applyRow(entry, new ProfileEmbeddings.Row(profileId, vector, seq));
            }
        } finally {
            entry.lock.writeLock().unlock();
        }
    }

    /** Drops every index (tests, or an operator who changed the model). */
    public void clear() {
        entries.clear();
    }

    private void ensureFresh(Key key, Entry entry, int dims) {
        long now = System.nanoTime();
        if (entry.index != null && now - entry.refreshedAtNanos < settings.indexRefreshInterval().toNanos()) {
            return;
        }
        entry.lock.writeLock().lock();
        try {
            if (entry.index == null) {
                load(key, entry, dims);
            } else if (System.nanoTime() - entry.refreshedAtNanos >= settings.indexRefreshInterval().toNanos()) {
                long after = Math.max(0, entry.watermark - SEQ_OVERLAP);
                embeddings.scan(key.orgId(), key.kind(), key.model(), after, row -> applyRow(entry, row));
            }
            entry.refreshedAtNanos = System.nanoTime();
        } finally {
            entry.lock.writeLock().unlock();
        }
    }

    private void load(Key key, Entry entry, int dims) {
        long started = System.nanoTime();
        long count = embeddings.count(key.orgId(), key.kind(), key.model());
        long bytes = count * dims * Float.BYTES;
        makeRoom(key, bytes);
        entry.index = new VectorIndex(dims, (int) Math.min(Integer.MAX_VALUE / dims, count + 16));
        embeddings.scan(key.orgId(), key.kind(), key.model(), -1, row -> applyRow(entry, row));
        LOG.info("Loaded {} {} vectors of org {} ({}) in {} ms", entry.index.size(), key.kind(), key.orgId(),
                key.model(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void applyRow(Entry entry, ProfileEmbeddings.Row row) {
        entry.watermark = Math.max(entry.watermark, row.seq());
        if (row.vector() == null) {
            entry.index.remove(row.profileId(), row.seq());
        } else if (row.vector().length == entry.index.dims()) {
            entry.index.upsert(row.profileId(), row.vector(), row.seq());
        }
    }

    private void makeRoom(Key loading, long bytes) {
        if (bytes > settings.indexBudgetBytes()) {
            entries.remove(loading);
            throw new IllegalStateException("Vector index of org " + loading.orgId() + " needs " + bytes
                    + " bytes, over keel.matching.index-budget-mb");
        }
        while (used() + bytes > settings.indexBudgetBytes()) {
            var victim = entries.entrySet().stream()
                    .filter(e -> !e.getKey().equals(loading) && e.getValue().index != null)
                    .min(Comparator.comparingLong(e -> e.getValue().usedAtNanos));
            if (victim.isEmpty()) {
                return;
            }
            entries.remove(victim.get().getKey());
        }
    }

    private long used() {
        return entries.values().stream().filter(e -> e.index != null).mapToLong(e -> e.index.bytes()).sum();
    }
}
