package dev.keel.api.autopack.files;

import dev.keel.api.identity.Caller;
import dev.keel.api.platform.ApiError;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.autopack.files.FilesSettings;
import dev.keel.domain.autopack.files.Uploads;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads for processing: one multipart {@code file}, at most {@code keel.files.max-upload-bytes}, of an allowed
 * type (by extension), stored under {@code <data-dir>/uploads/<org>/} by its SHA-256 (the same content is kept
 * once per organization).
 */
@RestController
@Tag(name = "autopack")
public class FileUploadController {
    static final Set<String> ALLOWED = Set.of(".txt", ".md", ".json", ".csv", ".yaml", ".yml", ".log", ".pdf",
            ".png", ".jpg", ".jpeg", ".gif", ".zip", ".patch", ".diff", ".xml", ".html");

    private final Uploads uploads;
    private final FilesSettings settings;
    private final Path root;

    public FileUploadController(Uploads uploads, FilesSettings settings,
                                @Value("${keel.infrastructure.data-dir:./.keel}") String dataDir) {
        this.uploads = uploads;
        this.settings = settings;
        this.root = Path.of(dataDir.isBlank() ? "./.keel" : dataDir).toAbsolutePath().normalize().resolve("uploads");
    }

    record UploadResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String status,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String filename,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String storedAs, long size,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String relativePath,
                          @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String sha256, long uploadId) {
    }

    @PostMapping(path = "/files/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiError(status = 413, description = "The file is larger than the upload limit")
    @ApiError(status = 415, description = "The file type is not accepted")
    public UploadResponse upload(Caller caller, @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null) {
            throw ApiException.badRequest("No file provided");
        }
        String name = file.getOriginalFilename() == null ? "" : lastSegment(file.getOriginalFilename());
        if (name.isBlank() || name.length() > 255 || name.indexOf('\0') >= 0) {
            throw ApiException.badRequest("The file needs a name of 1 to 255 characters");
        }
        int dot = name.lastIndexOf('.');
        String suffix = dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
        if (!ALLOWED.contains(suffix)) {
            throw new ApiException(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported file type '" + (suffix.isEmpty() ? name : suffix) + "'; accepted: "
                            + ALLOWED.stream().sorted().toList());
        }
        if (file.getSize() > settings.maxUploadBytes()) {
            throw tooLarge();
        }
        Path dir = root.resolve(Long.toString(caller.orgId()));
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "upload-", ".part");
            String sha;
            long size;
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = new DigestInputStream(file.getInputStream(), digest);
                     OutputStream out = Files.newOutputStream(temp)) {
                    size = copyLimited(in, out, settings.maxUploadBytes());
                }
                sha = HexFormat.of().formatHex(digest.digest());
                Files.move(temp, dir.resolve(sha + suffix), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            long id = uploads.record(caller.orgId(), sha, name, file.getContentType(), size);
            return new UploadResponse("success", name, sha + suffix, size, "_uploads/" + sha + suffix, sha, id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lastSegment(String original) {
        String normalized = original.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }

    private ApiException tooLarge() {
        return new ApiException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE,
                "File exceeds the upload limit of " + settings.maxUploadBytes() + " bytes");
    }

    /** Copies while counting, so a part whose declared size was wrong still stops at the limit. */
    private long copyLimited(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return total;
    }
}
