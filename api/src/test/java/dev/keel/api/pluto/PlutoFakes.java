package dev.keel.api.pluto;

import dev.keel.integrations.daily.DailySettings.DailyConfig;
import dev.keel.integrations.fakes.FakeDailyServer;
import dev.keel.integrations.fakes.FakeOpenAiRealtimeServer;
import dev.keel.integrations.realtime.RealtimeSettings.RealtimeConfig;
import dev.keel.api.pluto.PlutoTestSettings.TestDailySettings;
import dev.keel.api.pluto.PlutoTestSettings.TestRealtimeSettings;
import java.time.Duration;

/** The fake Daily.co and OpenAI Realtime servers the Pluto room tests share, and how to point Keel at them. */
final class PlutoFakes {
    static final FakeDailyServer DAILY = new FakeDailyServer("daily-it-key");
    static final FakeOpenAiRealtimeServer OPENAI = new FakeOpenAiRealtimeServer("sk-it-realtime");
    static final Duration ROOM_LIFETIME = Duration.ofHours(2);

    private PlutoFakes() {
    }

    static void useDaily(TestDailySettings settings, String key, Duration lifetime) {
        settings.use(new DailyConfig(key, DAILY.baseUrl(), lifetime, Duration.ofSeconds(2)));
    }

    static void useDaily(TestDailySettings settings) {
        useDaily(settings, DAILY.apiKey(), ROOM_LIFETIME);
    }

    static void useOpenAi(TestRealtimeSettings settings, String key) {
        settings.use(new RealtimeConfig(key, OPENAI.baseUrl(), "gpt-4o-realtime-preview", "verse",
                Duration.ofSeconds(2)));
    }

    static void reset(TestDailySettings daily, TestRealtimeSettings realtime) {
        DAILY.reset();
        OPENAI.reset();
        daily.reset();
        realtime.reset();
    }
}
