package dev.keel.temporal;

/** Business-key workflow ids, so an operator can find a run in the Temporal UI by what it is about. */
public final class WorkflowIds {
    private WorkflowIds() {
    }

    public static String approval(long approvalId) {
        return "approval-" + approvalId;
    }

    public static String governance(String requestId) {
        return "governance-" + requestId;
    }

    public static String recruitingJob(String uuid) {
        return "recruiting-job-" + uuid;
    }

    public static String recruitingCandidate(String uuid) {
        return "recruiting-candidate-" + uuid;
    }

    /** One embedding workflow per profile: {@code kind} is "job" or "candidate". */
    public static String profileEmbedding(String kind, long profileId) {
        return "recruiting-embedding-" + kind + "-" + profileId;
    }

    /**
     * One batch of embedding intents of an org, named by its first and last outbox id: the same claimed
     * intents always map to the same id, so starting them again after a crash is harmless.
     */
    public static String profileEmbeddingBatch(long orgId, long firstOutboxId, long lastOutboxId) {
        return "recruiting-embedding-batch-" + orgId + "-" + firstOutboxId + "-" + lastOutboxId;
    }

    /** A Pluto scoring pipeline; the upload id is also the run id the API hands out. */
    public static String plutoScoring(String uploadId) {
        return "pluto-scoring-" + uploadId;
    }

    /** Room names are chosen by clients, so the organization is part of the id. */
    public static String plutoAnalytics(long orgId, String roomName) {
        return "pluto-analytics-" + orgId + "-" + roomName;
    }

    public static String plutoPrebrief(String candidateId) {
        return "pluto-prebrief-" + candidateId;
    }

    /** A pre-brief requested for a room (POST /api/prebrief/{room}); room names are per organization. */
    public static String plutoRoomPrebrief(long orgId, String roomName) {
        return "pluto-prebrief-room-" + orgId + "-" + roomName;
    }

    public static String plutoQuestions(String candidateId) {
        return "pluto-questions-" + candidateId;
    }

    public static String plutoIntake(String candidateId) {
        return "pluto-intake-" + candidateId;
    }

    /** An Autopack storage scan; scan ids are global, so the id is the scan's. */
    public static String autopackStorageScan(long scanId) {
        return "autopack-storage-scan-" + scanId;
    }

    /** A manual refresh of an organization's OAuth credential; one at a time per (org, provider). */
    public static String autopackOAuthRefresh(long orgId, String provider) {
        return "autopack-oauth-refresh-" + orgId + "-" + provider;
    }

    /** An Autopack build run: the executor's run id is unique per organization. */
    public static String autopackRun(long orgId, String runId) {
        return WorkflowKind.AUTOPACK_BUILD_RUN.idPrefix() + orgId + "-" + runId;
    }
}
