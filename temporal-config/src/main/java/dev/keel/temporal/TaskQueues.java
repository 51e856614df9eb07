package dev.keel.temporal;

/** Every task queue Keel polls. Workers and clients take the names from here only. */
public final class TaskQueues {
    public static final String APPROVALS = "keel-approvals";
    public static final String RECRUITING = "keel-recruiting";
    /** Profile embeddings for candidate/job matching. */
    public static final String MATCHING = "keel-matching";
    /** Pluto (seed 002): scoring pipelines, pre-briefs, questions, interview analytics, intake. */
    public static final String PLUTO = "keel-pluto";
    /** Autopack (seed 003) storage optimizer scans, OAuth credential refreshes. */
    public static final String AUTOPACK_STORAGE = "keel-autopack-storage";
    /** Benchmark Studio (seed 001): benchmark runs. */
    public static final String STUDIO = "keel-studio";
    /** Autopack (seed 003): build runs driven by the executor. */
    public static final String AUTOPACK = "keel-autopack";
    /** Keel's own housekeeping: the reconciler that closes runs Temporal closed without Keel knowing. */
    public static final String PLATFORM = "keel-platform";

    private TaskQueues() {
    }
}
