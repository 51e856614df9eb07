package dev.keel.api.pluto;

import dev.keel.activities.pluto.DailySettings;
import dev.keel.activities.pluto.DailySettings.DailyConfig;
import dev.keel.activities.pluto.FakeDailyServer;
import dev.keel.activities.pluto.FakeOpenAiRealtimeServer;
import dev.keel.activities.pluto.RealtimeSettings;
import dev.keel.activities.pluto.RealtimeSettings.RealtimeConfig;
import java.time.Duration;

/** The fake Daily.co and OpenAI Realtime servers the Pluto room tests share, and how to point Keel at them. */
final class PlutoFakes {
    static final FakeDailyServer DAILY = new FakeDailyServer("daily-it-key");
    static final FakeOpenAiRealtimeServer OPENAI = new FakeOpenAiRealtimeServer("sk-it-realtime");

    private PlutoFakes() {
    }

    static void useDaily(DailySettings settings, String key, Duration lifetime) {
        settings.use(new DailyConfig(key, DAILY.baseUrl(), lifetime, Duration.ofSeconds(2)));
    }

    static void useDaily(DailySettings settings) {
        useDaily(settings, DAILY.apiKey(), DailySettings.DEFAULT_ROOM_LIFETIME);
    }

    static void useOpenAi(RealtimeSettings settings, String key) {
        settings.use(new RealtimeConfig(key, OPENAI.baseUrl(), "gpt-4o-realtime-preview", "verse",
                Duration.ofSeconds(2)));
    }

    static void reset(DailySettings daily, RealtimeSettings realtime) {
        DAILY.reset();
        OPENAI.reset();
        daily.reset();
        realtime.reset();
    }
}
