package dev.keel.api.studio.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.api.studio.StudioUsers;
import dev.keel.domain.studio.audit.StudioAuditLog;
import dev.keel.domain.studio.keys.StudioKeyRepository;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's settings as a JSON backup without secrets, and its import. */
@RestController
@Tag(name = "studio")
public class StudioSettingsTransferController {
    private final StudioSettingsTransfer transfer;
    private final StudioConfigReader reader;
    private final StudioKeyRepository keys;
    private final StudioUsers users;

    public StudioSettingsTransferController(StudioSettingsTransfer transfer, StudioConfigReader reader,
                                            StudioKeyRepository keys, StudioUsers users) {
        this.transfer = transfer;
        this.reader = reader;
        this.keys = keys;
        this.users = users;
    }

    public record StudioKeyName(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String providerKey,
                                @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String keyName) {
    }

    public record StudioSettingsExport(int exportVersion,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String exportedAt,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Map<String, Object> defaults,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                       Map<String, Object> providers,
                                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                       List<StudioKeyName> apiKeys) {
    }

    @Schema(example = """
            {"export_version": 1, "defaults": {"max_tokens": 256},
             "providers": {"local": {"display_name": "Local", "api_base": "http://10.0.0.5:8000/v1",
             "models": [{"model_id": "qwen3-8b", "context_window": 32768}]}}}""")
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record StudioSettingsImportRequest(Integer exportVersion, String exportedAt, Map<String, Object> defaults,
                                              Map<String, Object> providers, List<StudioKeyName> apiKeys) {
    }

    public record StudioSettingsImported(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                         int providersImported, int providersUpdated, int providersAdded) {
    }

    @GetMapping("/api/export/settings")
    @Operation(summary = "Defaults, providers with models and key names (never key values), as an attachment")
    public ResponseEntity<StudioSettingsExport> export(Caller caller) {
        long userId = users.userId(caller);
        Map<String, Object> providers = transfer.exportProviders(caller.orgId(), userId);
        List<StudioKeyName> names = keys.userKeys(caller.orgId(), userId).stream()
                .map(k -> new StudioKeyName(k.providerKey(), k.keyName())).toList();
        StudioSettingsExport body = new StudioSettingsExport(1,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                reader.settings(caller.orgId(), userId).defaults(), providers, names);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"benchmark-settings-"
                + LocalDate.now(ZoneOffset.UTC) + ".json\"").body(body);
    }

    @PostMapping("/api/import/settings")
    @Operation(summary = "Replace providers per key and overwrite the defaults when present")
    @ApiError(status = 400, description = "export_version or providers missing, or an invalid provider or model")
    public StudioSettingsImported importSettings(Caller caller, @RequestBody StudioSettingsImportRequest body,
                                                 HttpServletRequest request) {
        long userId = users.userId(caller);
        if (body.exportVersion() == null || body.providers() == null) {
            throw ApiException.badRequest("Invalid settings file: export_version and providers are required");
        }
        StudioAuditLog.Actor actor = users.actor(caller, request);
        StudioSettingsTransfer.ImportCounts counts = transfer.importSettings(caller.orgId(), userId, body.defaults(),
                body.providers(), actor);
        return new StudioSettingsImported("ok", counts.imported(), counts.updated(), counts.added());
    }
}
