package dev.keel.api.autopack.builds;

import dev.keel.api.platform.ApiException;
import dev.keel.api.runs.WorkflowUpdates;
import dev.keel.domain.autopack.builds.BuildRuns;
import dev.keel.domain.autopack.builds.StoredRun;
import dev.keel.workflows.autopack.builds.PhaseAnswer;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowUpdateStage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivers executor requests to the run's workflow as updates. The update id is the delivery key: the caller's
 * Idempotency-Key, else a hash of the endpoint, phase and body, so a repeated delivery gets the first answer
 * instead of applying twice. Refusals: "Invalid ..." 422, others 409; a closed run 409 with its final state.
 */
@Service
class BuildRunUpdates {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WorkflowClient client;
    private final WorkflowUpdates updates;
    private final BuildRuns runs;

    BuildRunUpdates(WorkflowClient client, WorkflowUpdates updates, BuildRuns runs) {
        this.client = client;
        this.updates = updates;
        this.runs = runs;
    }

    PhaseAnswer send(StoredRun run, String updateName, String phaseId, Object body, String idempotencyKey,
                     Object argument) {
        String updateId = deliveryKey(updateName, phaseId, body, idempotencyKey);
        UpdateOptions<PhaseAnswer> options = UpdateOptions.newBuilder(PhaseAnswer.class)
                .setUpdateName(updateName)
                .setUpdateId(updateId)
                .setWaitForStage(WorkflowUpdateStage.COMPLETED)
                .build();
        return updates.send(run.workflowId(),
                () -> client.newUntypedWorkflowStub(run.workflowId()).startUpdate(options, argument).getResult(),
                BuildRunUpdates::refusal,
                () -> closed(run));
    }

    /** The update id of a request: the same request delivered again has the same key. */
    static String deliveryKey(String updateName, String phaseId, Object body, String idempotencyKey) {
        return updateName + ":" + phaseId + ":" + (idempotencyKey != null && !idempotencyKey.isBlank()
                ? idempotencyKey : sha256(JSON.writeValueAsString(body)));
    }

    private static ApiException refusal(String message) {
        return message.startsWith("Invalid") ? ApiException.unprocessable(message) : ApiException.conflict(message);
    }

    private ApiException closed(StoredRun run) {
        String state = runs.byKey(run.id()).map(StoredRun::state).orElse(run.state());
        return ApiException.conflict("Run " + run.runId() + " is already " + state);
    }

    static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
