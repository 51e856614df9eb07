package dev.keel.domain.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The one status vocabulary of the run index, for every kind; the kind's own word is the run's outcome. */
public enum RunStatus {
    QUEUED, RUNNING, WAITING, COMPLETED, FAILED, CANCELLED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean terminal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public static Optional<RunStatus> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }
}
