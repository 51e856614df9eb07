package dev.keel.platform.runtime;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * What this process does: serves the API only, runs workers only, or both (the single-process default).
 * The app says which it is with {@code keel.role} (api or worker, in its application.yml); {@code KEEL_WORKER_ENABLED}
 * ({@code spring.temporal.start-workers}) decides the rest.
 */
public enum ProcessRole {
    API_ONLY(8),
    WORKER_ONLY(12),
    API_AND_WORKER(20);

    private final int defaultPoolSize;

    ProcessRole(int defaultPoolSize) {
        this.defaultPoolSize = defaultPoolSize;
    }

    /** The application a process runs, from its application.yml. */
    enum App { API, WORKER }

    public static ProcessRole from(Environment env) {
        Binder binder = Binder.get(env);
        if (binder.bind("keel.role", App.class).orElse(App.API) == App.WORKER) {
            return WORKER_ONLY;
        }
        // Unset means true, as in the Temporal starter; keel-common.yml maps KEEL_WORKER_ENABLED onto it.
        boolean workers = binder.bind("spring.temporal.start-workers", Boolean.class).orElse(true);
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
