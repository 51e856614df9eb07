package dev.keel.api.studio.keys;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** Bodies and answers of /api/keys and /api/env; a key's value is accepted, never returned. */
public final class StudioKeyBodies {
    private StudioKeyBodies() {
    }

    /** {@code api_key} is accepted as another name of {@code value} (newer clients). */
    @Schema(example = """
            {"provider_key": "openai", "value": "sk-live-..."}""")
    public record StudioUserKeyRequest(String providerKey, String value, String apiKey) {
    }

    @Schema(example = """
            {"provider_key": "openai"}""")
    public record StudioUserKeyDeleteRequest(String providerKey) {
    }

    public record StudioUserKeyStatus(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String providerKey,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,
                                      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String keyEnvName,
                                      boolean hasGlobalKey, boolean hasUserKey, OffsetDateTime userKeyUpdatedAt,
                                      Boolean standalone) {
    }

    public record StudioUserKeyList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                    List<StudioUserKeyStatus> keys) {
    }

    public record StudioUserKeySaved(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                     long keyId,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String providerKey) {
    }

    @Schema(example = """
            {"name": "OPENAI_API_KEY", "value": "sk-live-..."}""")
    public record StudioEnvKeyRequest(String name, String value) {
    }

    @Schema(example = """
            {"name": "OPENAI_API_KEY"}""")
    public record StudioEnvKeyDeleteRequest(String name) {
    }

    public record StudioEnvKeyStatus(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                                     @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String maskedValue,
                                     boolean isSet) {
    }

    public record StudioEnvKeyList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED)
                                   List<StudioEnvKeyStatus> keys) {
    }

    public record StudioEnvKeySaved(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                                    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String maskedValue) {
    }

    /** The last four characters kept beside the ciphertext for the mask; none for a value of four or fewer. */
    public static String last4(String value) {
        return value.length() <= 4 ? "" : value.substring(value.length() - 4);
    }

    /** "****" and the last four characters, or "****" alone for a value of four characters or fewer. */
    public static String mask(String last4) {
        return "****" + last4;
    }
}
