package dev.keel.api.pluto;

import dev.keel.integrations.daily.DailySettings.DailyConfig;
import dev.keel.integrations.fakes.FakeDailyServer;
import dev.keel.integrations.fakes.FakeOpenAiRealtimeServer;
import dev.keel.integrations.realtime.RealtimeSettings.RealtimeConfig;
import dev.keel.api.pluto.PlutoTestSettings.TestDailySettings;
import dev.keel.api.pluto.PlutoTestSettings.TestRealtimeSettings;
import java.time.Duration;

/** The fake Daily.co and OpenAI Realtime servers the Pluto room tests share, and how to point Keel at them. */
public final class PlutoFakes {
    public static final FakeDailyServer DAILY = new FakeDailyServer("daily-it-key");
    public static final FakeOpenAiRealtimeServer OPENAI = new FakeOpenAiRealtimeServer("sk-it-realtime");
    public static final Duration ROOM_LIFETIME = Duration.ofHours(2);

    private PlutoFakes() {
    }

    public static void useDaily(TestDailySettings settings, String key, Duration lifetime) {
        settings.use(new DailyConfig(key, DAILY.baseUrl(), lifetime, Duration.ofSeconds(2)));
    }

    public static void useDaily(TestDailySettings settings) {
        useDaily(settings, DAILY.apiKey(), ROOM_LIFETIME);
    }

    public static void useOpenAi(TestRealtimeSettings settings, String key) {
        settings.use(new RealtimeConfig(key, OPENAI.baseUrl(), "gpt-4o-realtime-preview", "verse",
                Duration.ofSeconds(2)));
    }

    public static void reset(TestDailySettings daily, TestRealtimeSettings realtime) {
        DAILY.reset();
        OPENAI.reset();
        daily.reset();
        realtime.reset();
    }
}
