package dev.keel.workflows.pluto.scoring;

import dev.keel.workflows.pluto.briefs.CandidateRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** In-memory activities: counts how often each row is extracted / scored and records every batch and phase. */
class FakeScoringActivities implements PlutoScoringActivities {
    final int lastRow;
    final Map<Long, AtomicInteger> extracted = new ConcurrentHashMap<>();
    final Map<Long, AtomicInteger> scored = new ConcurrentHashMap<>();
    final List<BatchRef> batches = new CopyOnWriteArrayList<>();
    final List<PhaseUpdate> phases = new CopyOnWriteArrayList<>();
    volatile long unavailableFromRow = Long.MAX_VALUE;
    volatile boolean blockScoring;
    volatile String failExtraction;

    FakeScoringActivities(int lastRow) {
        this.lastRow = lastRow;
    }

    @Override
    public int stageRows(RunRef run) {
        return lastRow;
    }

    @Override
    public BatchResult extractBatch(BatchRef batch) {
        if (failExtraction != null) {
            throw io.temporal.failure.ApplicationFailure.newNonRetryableFailure(failExtraction, "VALIDATION");
        }
        batches.add(batch);
        for (long r = batch.fromRow(); r <= batch.toRow(); r++) {
            extracted.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet();
        }
        return new BatchResult((int) (batch.toRow() - batch.fromRow() + 1), 0, null);
    }

    @Override
    public BatchResult scoreBatch(BatchRef batch) {
        while (blockScoring) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new BatchResult(0, 0, null);
            }
        }
        batches.add(batch);
        for (long r = batch.fromRow(); r <= batch.toRow(); r++) {
            scored.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet();
        }
        String unavailable = batch.useAi() && batch.fromRow() >= unavailableFromRow ? "provider refused" : null;
        return new BatchResult((int) (batch.toRow() - batch.fromRow() + 1), 0, unavailable);
    }

    @Override
    public void recordPhase(PhaseUpdate update) {
        phases.add(update);
    }

    @Override
    public void rescoreCandidate(CandidateRef candidate) {
        throw new UnsupportedOperationException();
    }

    boolean everyRowOnce(Map<Long, AtomicInteger> counts) {
        if (counts.size() != lastRow) {
            return false;
        }
        return counts.values().stream().allMatch(n -> n.get() == 1);
    }
}
