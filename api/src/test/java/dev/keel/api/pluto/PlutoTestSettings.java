package dev.keel.api.pluto;

import dev.keel.api.pluto.intake.IntakeProperties;
import dev.keel.api.pluto.intake.IntakeSettings;
import dev.keel.api.pluto.rooms.LiveKitProperties;
import dev.keel.api.pluto.rooms.LiveKitSettings;
import dev.keel.integrations.daily.DailyProperties;
import dev.keel.integrations.daily.DailySettings;
import dev.keel.integrations.realtime.RealtimeProperties;
import dev.keel.integrations.realtime.RealtimeSettings;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Test-only wiring, picked up by component scan in every test context (so the cached context is shared): the
 * Pluto integration settings can be switched per test (a revoked key, a closed port, a short link lifetime) without
 * a new context. Production settings are immutable records bound at start.
 */
@Configuration
public class PlutoTestSettings {

    @Bean
    @Primary
    TestDailySettings testDailySettings(DailyProperties properties) {
        return new TestDailySettings(properties);
    }

    @Bean
    @Primary
    TestRealtimeSettings testRealtimeSettings(RealtimeProperties properties) {
        return new TestRealtimeSettings(properties);
    }

    @Bean
    @Primary
    TestLiveKitSettings testLiveKitSettings(LiveKitProperties properties) {
        return new TestLiveKitSettings(properties);
    }

    @Bean
    @Primary
    TestIntakeSettings testIntakeSettings(IntakeProperties properties) {
        return new TestIntakeSettings(properties);
    }

    public static class TestDailySettings extends DailySettings {
        private volatile DailyConfig override;

        TestDailySettings(DailyProperties properties) {
            super(properties);
        }

        public void use(DailyConfig config) {
            override = config;
        }

        public void reset() {
            override = null;
        }

        @Override
        public DailyConfig current() {
            DailyConfig fixed = override;
            return fixed != null ? fixed : super.current();
        }
    }

    public static class TestRealtimeSettings extends RealtimeSettings {
        private volatile RealtimeConfig override;

        TestRealtimeSettings(RealtimeProperties properties) {
            super(properties);
        }

        public void use(RealtimeConfig config) {
            override = config;
        }

        public void reset() {
            override = null;
        }

        @Override
        public RealtimeConfig current() {
            RealtimeConfig fixed = override;
            return fixed != null ? fixed : super.current();
        }
    }

    public static class TestLiveKitSettings extends LiveKitSettings {
        private volatile Snapshot override;

        TestLiveKitSettings(LiveKitProperties properties) {
            super(properties);
        }

        public void use(String apiKey, String apiSecret, String url) {
            override = new Snapshot(apiKey, apiSecret, url);
        }

        @Override
        public Snapshot current() {
            Snapshot fixed = override;
            return fixed != null ? fixed : super.current();
        }
    }

    public static class TestIntakeSettings extends IntakeSettings {
        private volatile Duration ttl;

        TestIntakeSettings(IntakeProperties properties) {
            super(properties);
        }

        public void useTtl(Duration value) {
            ttl = value;
        }

        public void reset() {
            ttl = null;
        }

        @Override
        public Duration ttl() {
            Duration fixed = ttl;
            return fixed != null ? fixed : super.ttl();
        }
    }
}
