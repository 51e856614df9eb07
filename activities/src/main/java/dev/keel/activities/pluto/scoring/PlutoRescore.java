package dev.keel.activities.pluto.scoring;

import dev.keel.domain.pluto.scoring.PlutoCandidateRepository;
import dev.keel.domain.pluto.scoring.PlutoRunRepository;
import dev.keel.domain.pluto.scoring.StoredPlutoCandidate;
import dev.keel.temporal.FailureType;
import dev.keel.workflows.pluto.briefs.CandidateRef;
import io.temporal.activity.Activity;
import io.temporal.failure.ApplicationFailure;
import java.util.UUID;

/** Extracts and scores one candidate again, the way the pipeline does, after its profile changed. */
final class PlutoRescore {
    private PlutoRescore() {
    }

    static void rescore(CandidateRef ref, PlutoCandidateRepository candidates, PlutoRunRepository runs,
                        PlutoRowSteps steps) {
        UUID id = UUID.fromString(ref.candidateId());
        if (Activity.getExecutionContext().getInfo().getAttempt() == 1) {
            steps.reset(ref.orgId(), id); // a retry keeps what the first attempt already wrote
        }
        StoredPlutoCandidate row = load(candidates, ref, id);
        if (row.signalsJson() == null) {
            RowOutcome extracted = steps.extractWithLlm(row, () -> { });
            if (extracted.kind() == RowOutcome.Kind.UNAVAILABLE) {
                steps.extractWithKeywords(row);
            } else {
                retryUnlessDone(extracted);
            }
            row = load(candidates, ref, id);
        }
        if ("pending".equals(row.aiStatus())) {
            String jobDescription = runs.find(ref.orgId(), row.runId()).map(r -> r.jobDescription()).orElse(null);
            RowOutcome scored = steps.scoreWithLlm(row, jobDescription, () -> { });
            if (scored.kind() == RowOutcome.Kind.UNAVAILABLE) {
                steps.closeWithoutAi(row, "failed", scored.reason());
            } else {
                retryUnlessDone(scored);
            }
        }
    }

    private static void retryUnlessDone(RowOutcome outcome) {
        if (outcome.kind() == RowOutcome.Kind.RATE_LIMITED && outcome.retryAfter() != null) {
            throw ApplicationFailure.newFailureWithCauseAndDelay("rate limited", "LLM_RATE_LIMITED", null,
                    outcome.retryAfter());
        }
        if (outcome.kind() != RowOutcome.Kind.DONE) {
            throw ApplicationFailure.newFailure("the LLM call failed; retrying", "LLM_RETRY");
        }
    }

    private static StoredPlutoCandidate load(PlutoCandidateRepository candidates, CandidateRef ref, UUID id) {
        return candidates.find(ref.orgId(), id).orElseThrow(() -> ApplicationFailure.newNonRetryableFailure(
                "Pluto candidate " + ref.candidateId() + " not found", FailureType.NOT_FOUND.type()));
    }
}
