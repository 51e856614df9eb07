package dev.keel.api.identity;

import dev.keel.api.platform.ApiException;
import dev.keel.domain.identity.ApiKey;
import dev.keel.domain.identity.ApiKeyRepository;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** X-API-Key credentials of the caller's organization; only an org_admin user may manage them. */
@RestController
@RequestMapping("/api/auth/api-keys")
public class ApiKeyController {
    @Schema(example = """
            {"name": "ci"}""")
    public record CreateApiKeyRequest(@NotBlank @Size(max = 100) String name) {
    }

    public record CreatedApiKey(long id, String name, String key, OffsetDateTime createdAt) {
    }

    private final ApiKeyRepository apiKeys;

    public ApiKeyController(ApiKeyRepository apiKeys) {
        this.apiKeys = apiKeys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public CreatedApiKey create(Caller caller, @Valid @RequestBody CreateApiKeyRequest request) {
        requireOrgAdmin(caller);
        String key = "keel_" + Hashes.randomSecret(32);
        ApiKey stored = apiKeys.insert(caller.orgId(), request.name().trim(), Hashes.sha256Hex(key));
        return new CreatedApiKey(stored.id(), stored.name(), key, stored.createdAt());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void delete(Caller caller, @PathVariable long id) {
        requireOrgAdmin(caller);
        if (!apiKeys.revoke(caller.orgId(), id)) {
            throw ApiException.notFound("API key not found");
        }
    }

    private static void requireOrgAdmin(Caller caller) {
        if (caller.userId() == null || !AccountService.ORG_ADMIN.equals(caller.role())) {
            throw ApiException.forbidden("Only an org_admin user can manage API keys");
        }
    }
}
