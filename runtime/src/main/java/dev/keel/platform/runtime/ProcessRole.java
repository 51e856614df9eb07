package dev.keel.platform.runtime;

import org.springframework.core.env.Environment;

/**
 * What this process does: serves the API only, runs workers only, or both (the single-process default).
 * The app says which it is with {@code keel.role} (api or worker); {@code KEEL_WORKER_ENABLED} decides the rest.
 */
public enum ProcessRole {
    API_ONLY(8),
    WORKER_ONLY(12),
    API_AND_WORKER(20);

    private final int defaultPoolSize;

    ProcessRole(int defaultPoolSize) {
        this.defaultPoolSize = defaultPoolSize;
    }

    public static ProcessRole from(Environment env) {
        if ("worker".equals(env.getProperty("keel.role"))) {
            return WORKER_ONLY;
        }
        boolean workers = Boolean.parseBoolean(env.getProperty("KEEL_WORKER_ENABLED",
                env.getProperty("spring.temporal.start-workers", "true")));
        return workers ? API_AND_WORKER : API_ONLY;
    }

    public boolean workerOnly() {
        return this == WORKER_ONLY;
    }

    /** Connections this role's pool may open when {@code KEEL_DB_POOL_SIZE} does not say (README "pool budget"). */
    public int defaultPoolSize() {
        return defaultPoolSize;
    }
}
