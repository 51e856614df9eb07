package dev.keel.domain.autopack.files;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** POST /files/upload ({@code keel.files.*}): the largest file accepted (KEEL_UPLOAD_MAX_BYTES, below the multipart limit). */
@Validated
@ConfigurationProperties("keel.files")
public record FilesSettings(@DefaultValue("10485760") @Positive Long maxUploadBytes) {
}
