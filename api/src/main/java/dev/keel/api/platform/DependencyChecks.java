package dev.keel.api.platform;

import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Probes the database and Temporal with short deadlines, for {@code /health}. */
@Component
public class DependencyChecks {
    private final JdbcTemplate jdbc;
    private final WorkflowServiceStubs stubs;
    private final Environment env;
    private final String datasourceUrl;

    public DependencyChecks(DataSource dataSource, WorkflowServiceStubs stubs, Environment env,
                            @Value("${spring.datasource.url}") String datasourceUrl) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(2);
        this.stubs = stubs;
        this.env = env;
        this.datasourceUrl = datasourceUrl;
    }

    public String database() {
        try {
            jdbc.queryForObject("SELECT 1", Integer.class);
            return "connected";
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            return "error: " + message.substring(0, Math.min(50, message.length()));
        }
    }

    public Map<String, Object> temporal() {
        String mode = env.getProperty("keel.temporal.mode", "external");
        Map<String, Object> result = new LinkedHashMap<>();
        try {
            stubs.blockingStub().withDeadlineAfter(2, TimeUnit.SECONDS)
                    .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
            result.put("status", "connected");
        } catch (RuntimeException e) {
            result.put("status", "unreachable");
        }
        result.put("mode", mode);
        result.put("target", env.getProperty("spring.temporal.connection.target", ""));
        result.put("namespace", env.getProperty("spring.temporal.namespace", "default"));
        boolean durable = !mode.equals("in-process");
        result.put("durable", durable);
        if (!durable) {
            result.put("warning", "in-process Temporal server: workflow state will not survive a restart");
        }
        return result;
    }

    /** First 12 hex digits of SHA-256 of the database URL with credentials masked, as the original does. */
    public String databaseIdentity() {
        String masked = datasourceUrl.replaceAll("://[^/@]*@", "://***:***@")
                .replaceAll("(?i)(password=)[^&;]*", "$1***");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(masked.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Map<String, Object> killSwitches() {
        Map<String, Object> switches = new LinkedHashMap<>();
        switches.put("phase6_metrics", flag("AUTOPACK_ENABLE_PHASE6_METRICS", "0"));
        switches.put("consolidated_metrics", flag("AUTOPACK_ENABLE_CONSOLIDATED_METRICS", "0"));
        switches.put("auto_approve_build113", flag("AUTO_APPROVE_BUILD113", "true"));
        return switches;
    }

    public String version() {
        return env.getProperty("keel.version", "unknown");
    }

    private boolean flag(String name, String defaultValue) {
        String value = env.getProperty(name, defaultValue).trim().toLowerCase();
        return value.equals("1") || value.equals("true") || value.equals("yes") || value.equals("on");
    }
}
