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
}
