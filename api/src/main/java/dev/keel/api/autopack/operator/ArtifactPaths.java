package dev.keel.api.autopack.operator;

import dev.keel.api.platform.ApiException;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The seed's artifact path checks, in its order: the path is URL-decoded once more, then refused before any
 * lookup if it holds "..", starts with a slash, or names a drive; after resolving, a path (symlinks followed)
 * outside the run's directory is refused as traversal.
 */
final class ArtifactPaths {
    static final String TRAVERSAL = "Path traversal not allowed";

    private ArtifactPaths() {
    }

    static String checked(String raw) {
        String path;
        try {
            path = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Malformed path encoding");
        }
        if (path.isEmpty() || path.indexOf('\0') >= 0) {
            throw ApiException.badRequest("A relative file path is required");
        }
        if (path.contains("..")) {
            throw ApiException.badRequest(TRAVERSAL);
        }
        if (path.startsWith("/") || path.startsWith("\\")) {
            throw ApiException.badRequest("Absolute paths not allowed");
        }
        if (path.length() > 1 && path.charAt(1) == ':') {
            throw ApiException.badRequest("Windows drive letters not allowed");
        }
        return path;
    }

    /** The file inside {@code base}, following symlinks; traversal 400, absence 404. */
    static Path resolve(Path base, String path) {
        Path file = base.resolve(path.replace('\\', '/')).normalize();
        if (!file.startsWith(base.normalize()) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (!file.startsWith(base.normalize())) {
                throw ApiException.badRequest(TRAVERSAL);
            }
            throw ApiException.notFound("File not found: " + path);
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(base.toRealPath()) || !Files.isRegularFile(real)) {
                if (!real.startsWith(base.toRealPath())) {
                    throw ApiException.badRequest(TRAVERSAL);
                }
                throw ApiException.notFound("File not found: " + path);
            }
            return real;
        } catch (IOException e) {
            throw ApiException.notFound("File not found: " + path);
        }
    }
}
