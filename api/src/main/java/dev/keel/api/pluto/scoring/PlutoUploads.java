package dev.keel.api.pluto.scoring;

import dev.keel.integrations.llm.ChatModel;
import dev.keel.domain.pluto.scoring.PlutoSettings;
import dev.keel.api.platform.ApiException;
import dev.keel.domain.pluto.scoring.PlutoUploadScan;
import dev.keel.domain.pluto.scoring.ReadStatus;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Checks an upload before anything is stored: size, type, CSV syntax, header, rows, LLM availability. */
@Component
public class PlutoUploads {
    static final int MAX_JOB_DESCRIPTION = 20_000;
    private static final Set<String> CSV_EXTENSIONS = Set.of("csv", "txt", "tsv");

    private final PlutoSettings settings;
    private final ChatModel llm;

    public PlutoUploads(PlutoSettings settings, ChatModel llm) {
        this.settings = settings;
        this.llm = llm;
    }

    public record Checked(byte[] csv, PlutoUploadScan.Result scan) {
    }

    public Checked check(MultipartFile file, String jobDescription, boolean skipAi) {
        if (file == null) {
            throw ApiException.unprocessable("file: a CSV file is required (multipart field \"file\")");
        }
        if (file.getSize() > settings.limits().maxBytes()) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE,
                    "The file is larger than " + settings.limits().maxBytes() + " bytes");
        }
        if (file.isEmpty()) {
            throw ApiException.unprocessable("file: the file is empty");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot >= 0 && !CSV_EXTENSIONS.contains(name.substring(dot + 1))) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file: not a CSV file (" + name + ")");
        }
        if (jobDescription != null && jobDescription.length() > MAX_JOB_DESCRIPTION) {
            throw ApiException.unprocessable("job_description: at most " + MAX_JOB_DESCRIPTION + " characters");
        }
        byte[] csv = bytes(file);
        for (int i = 0; i < Math.min(csv.length, 8192); i++) {
            if (csv[i] == 0) {
                throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file: not a CSV file (binary content)");
            }
        }
        PlutoUploadScan.Result scan = PlutoUploadScan.scan(csv, settings.limits(), 1000, (batch, soFar) -> { });
        if (scan.status() == ReadStatus.TOO_LARGE) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, scan.message());
        }
        if (scan.status().failed()) {
            throw ApiException.unprocessable("file: " + scan.message());
        }
        if (scan.candidates() == 0) {
            throw ApiException.unprocessable("file: no candidate rows after the header");
        }
        if (!skipAi && !llm.configured()) {
            throw ApiException.unavailable("AI scoring needs an LLM: set KEEL_LLM_BASE_URL and KEEL_LLM_API_KEY "
                    + "(or OPENAI_API_KEY), or upload with skip_ai_scoring=true");
        }
        return new Checked(csv, scan);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw ApiException.badRequest("file: the upload could not be read");
        }
    }
}
