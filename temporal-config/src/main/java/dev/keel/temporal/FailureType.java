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
    /** The request conflicts with the run's current state (e.g. an approval already decided): HTTP 409. */
    CONFLICT;

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
