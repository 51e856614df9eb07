package dev.keel.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keel.platform.approvals.ApprovalProperties;
import dev.keel.activities.platform.ReconcilerSettings;
import dev.keel.integrations.daily.DailyProperties;
import dev.keel.domain.pluto.scoring.PlutoSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * A bad setting stops the start with one line naming the environment variable and its value: one test per way a
 * value can be bad (not of its type, outside its constraints, not one of its words), in a settings bean and in the
 * settings bound before the context exists.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidSettingStartTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ReconcilerSettings.class, PlutoSettings.class, ApprovalProperties.class,
            DailyProperties.class})
    @Import(SettingsConfig.class)
    static class Settings {
    }

    @Test
    void aDurationThatIsNotOneStopsTheStart(CapturedOutput output) {
        assertThat(startFailure(Map.of("KEEL_RECONCILE_INTERVAL", "banana"), output)).isEqualTo(
                "Invalid setting KEEL_RECONCILE_INTERVAL=banana: expected a duration such as PT1M, 30s or 500ms"
                        + " (keel.reconciler.interval)");
    }

    @Test
    void aNegativeCountStopsTheStart(CapturedOutput output) {
        assertThat(startFailure(Map.of("PLUTO_BATCHES_IN_FLIGHT", "-3"), output)).isEqualTo(
                "Invalid setting PLUTO_BATCHES_IN_FLIGHT=-3: must be greater than 0 (keel.pluto.batches-in-flight)");
    }

    @Test
    void anUnknownWordStopsTheStart(CapturedOutput output) {
        assertThat(startFailure(Map.of("APPROVAL_DEFAULT_ON_TIMEOUT", "maybe"), output)).isEqualTo(
                "Invalid setting APPROVAL_DEFAULT_ON_TIMEOUT=maybe: expected one of reject, approve"
                        + " (keel.approvals.default-on-timeout)");
    }

    @Test
    void aNumberOutOfRangeStopsTheStart(CapturedOutput output) {
        assertThat(startFailure(Map.of("PLUTO_ROOM_LIFETIME_MINUTES", "20000"), output)).isEqualTo(
                "Invalid setting PLUTO_ROOM_LIFETIME_MINUTES=20000.0: must be less than or equal to 10080"
                        + " (keel.pluto.daily.room-lifetime-minutes)");
    }

    @Test
    void aNegativePoolSizeStopsTheStartBeforeTheDatabaseStarts(CapturedOutput output) {
        assertThat(startFailure(Map.of("KEEL_DB_POOL_SIZE", "-1"), output)).isEqualTo(
                "Invalid setting KEEL_DB_POOL_SIZE=-1: must be greater than 0"
                        + " (spring.datasource.hikari.maximum-pool-size)");
    }

    @Test
    void aPortThatIsNotOneStopsTheStartBeforeTheInfrastructureStarts(CapturedOutput output) {
        assertThat(startFailure(Map.of("KEEL_TEMPORAL_PORT", "seventy"), output)).isEqualTo(
                "Invalid setting KEEL_TEMPORAL_PORT=seventy: expected a port number or random"
                        + " (keel.infrastructure.temporal-port)");
    }

    @Test
    void aFlagThatIsNotOneStopsTheStartBeforeTheInfrastructureStarts(CapturedOutput output) {
        assertThat(startFailure(Map.of("KEEL_POSTGRES_DURABLE", "perhaps"), output)).isEqualTo(
                "Invalid setting KEEL_POSTGRES_DURABLE=perhaps: expected true or false"
                        + " (keel.infrastructure.postgres-durable)");
    }

    @Test
    void unsetVariablesStartWithTheRecordsDefaults() {
        try (ConfigurableApplicationContext context = application(Map.of()).run()) {
            PlutoSettings pluto = context.getBean(PlutoSettings.class);
            assertThat(pluto.batchSize()).isEqualTo(100);
            assertThat(pluto.batchesInFlight()).isEqualTo(3);
            ApprovalProperties approvals = context.getBean(ApprovalProperties.class);
            assertThat(approvals.telegramApiBase()).as("an empty text is unset too").isEqualTo("https://api.telegram.org");
            assertThat(approvals.defaultOnTimeout()).isEqualTo(ApprovalProperties.TimeoutDecision.REJECT);
            assertThat(approvals.telegramBotToken()).isNull();
            assertThat(context.getBean(ReconcilerSettings.class).interval()).hasMinutes(1);
        }
    }

    @Test
    void setVariablesReachTheRecords() {
        try (ConfigurableApplicationContext context = application(Map.of("PLUTO_BATCH_SIZE", "250",
                "APPROVAL_DEFAULT_ON_TIMEOUT", "Approve", "KEEL_RECONCILE_INTERVAL", "30s")).run()) {
            assertThat(context.getBean(PlutoSettings.class).batchSize()).isEqualTo(250);
            assertThat(context.getBean(ApprovalProperties.class).defaultOnTimeout())
                    .isEqualTo(ApprovalProperties.TimeoutDecision.APPROVE);
            assertThat(context.getBean(ReconcilerSettings.class).interval()).hasSeconds(30);
        }
    }

    /** The failure report's description: the one line Boot prints under "Description:". */
    private static String startFailure(Map<String, String> variables, CapturedOutput output) {
        assertThatThrownBy(() -> application(variables).run()).isNotNull();
        String report = output.getAll();
        assertThat(report).contains("APPLICATION FAILED TO START").doesNotContain("Action:");
        String description = report.substring(report.indexOf("Description:") + "Description:".length());
        List<String> lines = Arrays.stream(description.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private static SpringApplication application(Map<String, String> variables) {
        SpringApplication application = new SpringApplication(Settings.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setEnvironment(KeelEnvironment.of(variables, Map.of("keel.infrastructure.enabled", "false")));
        return application;
    }
}
