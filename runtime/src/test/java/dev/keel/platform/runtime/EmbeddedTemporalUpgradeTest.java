package dev.keel.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.testing.TemporalDevServer;
import io.temporal.testing.TemporalDevServerOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** A Temporal database made by an older Keel (fewer search attributes) gets the new ones at the next start. */
class EmbeddedTemporalUpgradeTest {
    @Test
    void registersSearchAttributesAnOlderDatabaseLacks() throws Exception {
        Optional<Path> cli = TemporalCli.locateFromEnvironment();
        Assumptions.assumeTrue(cli.isPresent() || Boolean.parseBoolean(System.getenv("KEEL_REQUIRE_TEMPORAL_CLI")),
                "no temporal CLI");
        Path db = Files.createTempDirectory("keel-upgrade-").resolve("temporal.db");
        TemporalDevServer old = TemporalDevServer.start(TemporalDevServerOptions.newBuilder()
                .setExistingPath(cli.orElseThrow().toString()).setDownloadEnabled(false)
                .setDatabaseFilename(db.toString()).setUiEnabled(false).setStartupTimeout(Duration.ofSeconds(60))
                .setExtraArgs(List.of("--search-attribute", "KeelOrgId=Keyword", "--search-attribute",
                        "KeelKind=Keyword"))
                .build());
        old.close();

        try (EmbeddedTemporal upgraded = EmbeddedTemporal.startCli(cli.get(), db, null, null)) {
            OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(OperatorServiceStubsOptions
                    .newBuilder().setTarget(upgraded.target()).validateAndBuildWithDefaults());
            try {
                var names = operator.blockingStub().listSearchAttributes(ListSearchAttributesRequest.newBuilder()
                        .setNamespace("default").build()).getCustomAttributesMap().keySet();
                assertThat(names).contains("KeelOrgId", "KeelKind", "KeelOutcome");
            } finally {
                operator.shutdown();
            }
        }
    }
}
