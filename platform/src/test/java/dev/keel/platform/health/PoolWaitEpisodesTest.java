package dev.keel.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PoolWaitEpisodesTest {
    private final Instant t0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void oneEpisodePerStretchOfWaitingHoweverManySamples() {
        PoolWaitEpisodes episodes = new PoolWaitEpisodes();
        for (int s = 0; s < 30; s++) {
            episodes.observe(s % 3 == 0 ? 0 : 4, 8, t0.plusSeconds(s));
        }
        assertThat(episodes.episodes()).isEqualTo(1);
        assertThat(episodes.waitedRecently(t0.plusSeconds(30))).isTrue();
    }

    @Test
    void aNewEpisodeStartsOnlyAfterTheQuietPeriod() {
        PoolWaitEpisodes episodes = new PoolWaitEpisodes();
        episodes.observe(2, 8, t0);
        episodes.observe(0, 8, t0.plusSeconds(5));
        episodes.observe(1, 8, t0.plusSeconds(6));
        assertThat(episodes.episodes()).isEqualTo(1);
        episodes.observe(0, 8, t0.plusSeconds(16));
        episodes.observe(3, 8, t0.plusSeconds(17));
        assertThat(episodes.episodes()).isEqualTo(2);
    }

    @Test
    void waitingIsRecentForAMinute() {
        PoolWaitEpisodes episodes = new PoolWaitEpisodes();
        assertThat(episodes.waitedRecently(t0)).isFalse();
        episodes.observe(1, 8, t0);
        assertThat(episodes.waitedRecently(t0.plusSeconds(59))).isTrue();
        assertThat(episodes.waitedRecently(t0.plusSeconds(61))).isFalse();
    }
}
