package dev.keel.activities.platform;

import io.temporal.spring.boot.WorkerOptionsCustomizer;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Heartbeats reach Temporal at least every 2 s (the SDK otherwise waits up to 0.8 x the heartbeat timeout), so a
 * batch with a 10 s heartbeat timeout survives a slow heartbeat or two and a dead worker is noticed within 10 s.
 */
@Component
public class HeartbeatCadence implements WorkerOptionsCustomizer {
    static final Duration MAX_HEARTBEAT_INTERVAL = Duration.ofSeconds(2);

    @Override
    public WorkerOptions.Builder customize(WorkerOptions.Builder options, String workerName, String taskQueue) {
        return options.setMaxHeartbeatThrottleInterval(MAX_HEARTBEAT_INTERVAL);
    }
}
