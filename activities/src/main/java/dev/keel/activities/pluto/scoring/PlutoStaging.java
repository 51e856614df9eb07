package dev.keel.activities.pluto.scoring;

import dev.keel.domain.pluto.scoring.PlutoSettings;
import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRowProblemRepository;
import dev.keel.domain.pluto.scoring.PlutoRun;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.PlutoUploadScan;
import dev.keel.temporal.FailureType;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import org.springframework.stereotype.Component;

/** Stages a run's stored CSV as candidates, in batches, heartbeating the rows read. Safe to repeat. */
@Component
public class PlutoStaging {
    private static final int INSERT_BATCH = 500;

    private final PlutoRunRepository runs;
    private final PlutoCandidateRepository candidates;
    private final PlutoRowProblemRepository problems;
    private final PlutoSettings settings;

    public PlutoStaging(PlutoRunRepository runs, PlutoCandidateRepository candidates,
                        PlutoRowProblemRepository problems, PlutoSettings settings) {
        this.runs = runs;
        this.candidates = candidates;
        this.problems = problems;
        this.settings = settings;
    }

    /** Returns the highest row number staged. */
    int stage(PlutoRun run) {
        byte[] csv = runs.file(run.id());
        PlutoUploadScan.Result result = PlutoUploadScan.scan(csv, settings.limits(), INSERT_BATCH, (batch, soFar) -> {
            candidates.stage(run.orgId(), run.id(), batch);
            Activity.getExecutionContext().heartbeat(soFar);
        });
        if (result.status().failed()) {
            throw ApplicationFailure.newNonRetryableFailure("The stored CSV cannot be read: " + result.message(),
                    FailureType.VALIDATION.type());
        }
        problems.record(run.id(), result.problems());
        return (int) result.lastRow();
    }
}
