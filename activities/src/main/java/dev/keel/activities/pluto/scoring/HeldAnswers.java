package dev.keel.activities.pluto.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * LLM answers whose row could not be written yet (database fault), keyed by (run, row, step): the next attempt of
 * the batch on this worker writes them instead of asking the provider again. Bounded: the oldest are dropped.
 */
@Component
public class HeldAnswers {
    private static final int MAX_HELD = 10_000;

    private final Map<String, String> answers = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_HELD;
        }
    };

    static String key(String runId, long row, String step) {
        return runId + "/" + row + "/" + step;
    }

    synchronized String get(String key) {
        return answers.get(key);
    }

    synchronized void hold(String key, String answer) {
        answers.put(key, answer);
    }

    synchronized void written(String key) {
        answers.remove(key);
    }

    synchronized int size() {
        return answers.size();
    }
}
