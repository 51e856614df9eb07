package dev.keel.temporal;

/** Types of non-retryable {@code ApplicationFailure}s. Anything not listed here is retried by Temporal. */
public enum FailureType {
    VALIDATION,
    NOT_FOUND,
    AUTH,
    CONFIGURATION,
    UPSTREAM_REJECTED,
    /** An uploaded file of a type Keel cannot read. */
    UNSUPPORTED_MEDIA,
    /** The request does not fit the run's current state (already decided, wrong phase, already confirmed): the API answers 409. */
    CONFLICT,
    /** The link or run the request names has expired or was replaced: the API answers 410. */
    GONE;

    public String type() {
        return name();
    }

    public static String[] all() {
        FailureType[] values = values();
        String[] names = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            names[i] = values[i].name();
        }
        return names;
    }
}
