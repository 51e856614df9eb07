package dev.keel.platform.runtime;

import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.TemporalMode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.serviceclient.OperatorServiceStubs;
import io.temporal.serviceclient.OperatorServiceStubsOptions;
import io.temporal.testing.TemporalDevServer;
import io.temporal.testing.TemporalDevServerOptions;
import io.temporal.testserver.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A Temporal server owned by this JVM: the CLI dev server (durable, with Web UI) when the binary is
 * available, else the in-process Java test server running in real time (not durable).
 */
public final class EmbeddedTemporal implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedTemporal.class.getName());

    private final TemporalMode mode;
    private final String target;
    private final AutoCloseable server;

    private EmbeddedTemporal(TemporalMode mode, String target, AutoCloseable server) {
        this.mode = mode;
        this.target = target;
        this.server = server;
    }

    /**
     * @param port   gRPC port, or null for any free port
     * @param uiPort Web UI port, or null to run without the UI
     */
    public static EmbeddedTemporal startCli(Path cli, Path databaseFile, Integer port, Integer uiPort) {
        List<String> extraArgs = new ArrayList<>();
        for (String definition : KeelSearchAttributes.CLI_DEFINITIONS) {
            extraArgs.add("--search-attribute");
            extraArgs.add(definition);
        }
        // WAL with synchronous=NORMAL survives a crash of any process; only an OS crash can lose the last commits.
        // With the default (rollback journal, FULL) every workflow step waits for several fsyncs.
        extraArgs.add("--sqlite-pragma");
        extraArgs.add("journal_mode=wal");
        extraArgs.add("--sqlite-pragma");
        extraArgs.add("synchronous=normal");
        extraArgs.add("--log-level");
        extraArgs.add("error");
        TemporalDevServerOptions.Builder options = TemporalDevServerOptions.newBuilder()
                .setExistingPath(cli.toString())
                .setDownloadEnabled(false)
                .setDatabaseFilename(databaseFile.toString())
                .setPort(port)
                .setStartupTimeout(Duration.ofSeconds(60))
                .setUiEnabled(uiPort != null)
                .setExtraArgs(extraArgs);
        if (uiPort != null) {
            options.setUiPort(uiPort);
        }
        TemporalDevServer server = TemporalDevServer.start(options.build());
        // --search-attribute only registers on a new database: one made by an older Keel lacks newer attributes.
        registerSearchAttributes(server.getTarget());
        LOG.info("Temporal dev server (" + cli + ") on " + server.getTarget() + ", database " + databaseFile
                + (uiPort != null ? ", Web UI on http://localhost:" + uiPort : ""));
        return new EmbeddedTemporal(TemporalMode.CLI_DEV_SERVER, server.getTarget(), server);
    }

    /** The in-process Java test server, in real time so that timers fire when they should. */
    public static EmbeddedTemporal startInProcess(int port) {
        TestServer.PortBoundTestServer server = TestServer.createPortBoundServer(port, true);
        String target = "127.0.0.1:" + port;
        registerSearchAttributes(target);
        LOG.warning("No temporal CLI found (set KEEL_TEMPORAL_CLI or put `temporal` on PATH): running the "
                + "in-process Temporal test server on port " + port
                + ". WORKFLOW STATE WILL NOT SURVIVE A RESTART.");
        return new EmbeddedTemporal(TemporalMode.IN_PROCESS, target, server);
    }

    /** Registers every Keel search attribute the namespace lacks, through the operator API. */
    private static void registerSearchAttributes(String target) {
        OperatorServiceStubs operator = OperatorServiceStubs.newServiceStubs(
                OperatorServiceStubsOptions.newBuilder().setTarget(target)
                        .validateAndBuildWithDefaults());
        try {
            Set<String> existing = existingSearchAttributes(operator);
            AddSearchAttributesRequest.Builder request = AddSearchAttributesRequest.newBuilder().setNamespace("default");
            for (String definition : KeelSearchAttributes.CLI_DEFINITIONS) {
                String name = definition.substring(0, definition.indexOf('='));
                if (!existing.contains(name)) {
                    request.putSearchAttributes(name, IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD);
                }
            }
            if (request.getSearchAttributesCount() == 0) {
                return;
            }
            LOG.info("Registering search attributes " + request.getSearchAttributesMap().keySet());
            operator.blockingStub().addSearchAttributes(request.build());
        } finally {
            operator.shutdown();
        }
    }

    /** The in-process test server does not implement the list call: it starts empty anyway. */
    private static Set<String> existingSearchAttributes(OperatorServiceStubs operator) {
        try {
            return operator.blockingStub().listSearchAttributes(ListSearchAttributesRequest.newBuilder()
                    .setNamespace("default").build()).getCustomAttributesMap().keySet();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
                return Set.of();
            }
            throw e;
        }
    }

    public TemporalMode mode() {
        return mode;
    }

    public String target() {
        return target;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            LOG.warning("Stopping Temporal failed: " + e);
        }
    }
}
