package dev.keel.activities.autopack.storage;

import dev.keel.domain.autopack.storage.NewCandidate;
import dev.keel.domain.autopack.storage.StoragePolicy;
import dev.keel.domain.autopack.storage.WalkBatch;
import dev.keel.domain.autopack.storage.WalkOrder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One walk attempt in {@link WalkOrder}: skips what was committed before {@code cursor} (whole finished
 * directories without reading them), counts regular files (symbolic links are neither followed nor counted;
 * protected directories are not entered), and hands a batch to {@link Sink} every {@code batchSize} files.
 */
final class ScanWalker {
    /** Commits a batch; false when this attempt is stale (another moved the cursor) and must stop. */
    interface Sink {
        boolean commit(String expectedCursor, WalkBatch batch);

        /** Called every few hundred entries read, committed or not, so a long skip still heartbeats. */
        void progress(String cursor);
    }

    static final class StaleAttemptException extends RuntimeException {
        StaleAttemptException() {
            super("another attempt of this walk has moved on");
        }
    }

    private final Path start;
    private final String prefix;
    private final int maxDepth;
    private final long maxItems;
    private final int batchSize;
    private final Sink sink;
    private final Instant now = Instant.now();
    private String cursor;
    private long counted;
    private long read;
    private boolean truncated;
    private List<NewCandidate> candidates = new ArrayList<>();
    private long batchItems;
    private long batchBytes;
    private String batchEnd;

    ScanWalker(Path start, String prefix, int maxDepth, long maxItems, int batchSize, String cursor, long counted,
               Sink sink) {
        this.start = start;
        this.prefix = prefix;
        this.maxDepth = maxDepth;
        this.maxItems = maxItems;
        this.batchSize = batchSize;
        this.cursor = cursor;
        this.counted = counted;
        this.sink = sink;
    }

    /** Walks to the end (or max_items); true when max_items cut the walk short. */
    boolean walk() throws IOException {
        if (counted < maxItems) {
            directory(start, "", 0);
        } else {
            truncated = true;
        }
        flush();
        return truncated;
    }

    private boolean directory(Path dir, String relative, int depth) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            return true; // unreadable directory: skipped, as the original's walk does
        }
        names.sort(String::compareTo);
        for (String name : names) {
            String rel = relative.isEmpty() ? name : relative + "/" + name;
            if (++read % 256 == 0) {
                sink.progress(cursor);
            }
            Path path = dir.resolve(name);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                continue; // vanished or unreadable since listed
            }
            if (attrs.isDirectory()) {
                if (depth < maxDepth && !StoragePolicy.isProtected(name) && !WalkOrder.subtreeDone(rel, cursor)
                        && !directory(path, rel, depth + 1)) {
                    return false;
                }
            } else if (attrs.isRegularFile() && !WalkOrder.done(rel, cursor)) {
                if (counted + batchItems >= maxItems) {
                    truncated = true;
                    return false;
                }
                count(rel, attrs);
            }
        }
        return true;
    }

    private void count(String rel, BasicFileAttributes attrs) {
        long size = attrs.size();
        int ageDays = (int) Math.max(0, Duration.between(attrs.lastModifiedTime().toInstant(), now).toDays());
        String stored = prefix.isEmpty() ? rel : prefix + "/" + rel;
        StoragePolicy.classify(stored, size, ageDays).ifPresent(c ->
                candidates.add(new NewCandidate(stored, size, ageDays, c.category(), c.reason())));
        batchItems++;
        batchBytes += size;
        batchEnd = rel;
        if (batchItems >= batchSize) {
            flush();
        }
    }

    private void flush() {
        if (batchItems == 0) {
            return;
        }
        if (!sink.commit(cursor, new WalkBatch(batchEnd, batchItems, batchBytes, candidates))) {
            throw new StaleAttemptException();
        }
        cursor = batchEnd;
        counted += batchItems;
        candidates = new ArrayList<>();
        batchItems = 0;
        batchBytes = 0;
    }
}
