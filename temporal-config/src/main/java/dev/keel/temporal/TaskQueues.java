package dev.keel.temporal;

/** Every task queue Keel polls. Workers and clients take the names from here only. */
public final class TaskQueues {
    public static final String APPROVALS = "keel-approvals";
    public static final String RECRUITING = "keel-recruiting";
    /** Profile embeddings for candidate/job matching. */
    public static final String MATCHING = "keel-matching";

    private TaskQueues() {
    }
}
