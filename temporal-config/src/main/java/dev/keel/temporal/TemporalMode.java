package dev.keel.temporal;

/** How this process reaches Temporal; reported by {@code /health}. */
public enum TemporalMode {
    CLI_DEV_SERVER("cli-dev-server", true),
    IN_PROCESS("in-process", false),
    EXTERNAL("external", true);

    private final String label;
    private final boolean durable;

    TemporalMode(String label, boolean durable) {
        this.label = label;
        this.durable = durable;
    }

    public String label() {
        return label;
    }

    public boolean durable() {
        return durable;
    }
}
