package dev.keel.domain.autopack.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The games of a Steam installation: the libraries are {@code <steam>/steamapps} and the {@code "path"} entries of
 * {@code steamapps/libraryfolders.vdf}; each library's {@code appmanifest_*.acf} gives appid, name, installdir,
 * LastUpdated and SizeOnDisk (the install directory's size when SizeOnDisk is missing or 0). Unreadable or
 * malformed manifests are skipped.
 */
public final class SteamLibraries {
    private SteamLibraries() {
    }

    public static List<Path> libraries(Path steamRoot) {
        Set<Path> libraries = new LinkedHashSet<>();
        Path main = steamRoot.resolve("steamapps");
        if (Files.isDirectory(main)) {
            libraries.add(main.normalize());
        }
        Path folders = main.resolve("libraryfolders.vdf");
        if (Files.isRegularFile(folders)) {
            Object root;
            try {
                root = Vdf.parse(read(folders)).get("libraryfolders");
            } catch (UncheckedIOException e) {
                root = null;
            }
            if (root instanceof Map<?, ?> entries) {
                for (Object entry : entries.values()) {
                    Object path = entry instanceof Map<?, ?> m ? m.get("path") : entry;
                    if (path instanceof String p && !p.isBlank()) {
                        Path library = Path.of(p).resolve("steamapps").normalize();
                        if (Files.isDirectory(library)) {
                            libraries.add(library);
                        }
                    }
                }
            }
        }
        return List.copyOf(libraries);
    }

    public static List<SteamGame> games(Path steamRoot) {
        List<SteamGame> games = new ArrayList<>();
        for (Path library : libraries(steamRoot)) {
            try (DirectoryStream<Path> manifests = Files.newDirectoryStream(library, "appmanifest_*.acf")) {
                for (Path manifest : manifests) {
                    SteamGame game = game(library, manifest);
                    if (game != null) {
                        games.add(game);
                    }
                }
            } catch (IOException e) {
                // an unreadable library is skipped like an absent one
            }
        }
        return games;
    }

    static SteamGame game(Path library, Path manifest) {
        String text;
        try {
            text = read(manifest);
        } catch (UncheckedIOException e) {
            return null;
        }
        if (!(Vdf.parse(text).get("AppState") instanceof Map<?, ?> state)
                || !(state.get("appid") instanceof String appId) || appId.isBlank()) {
            return null;
        }
        String name = state.get("name") instanceof String n ? n : appId;
        String installDir = state.get("installdir") instanceof String d ? d : name;
        Path install = library.resolve("common").resolve(installDir).normalize();
        long size = number(state.get("SizeOnDisk"));
        if (size <= 0) {
            size = directorySize(install);
        }
        long updated = number(state.get("LastUpdated"));
        return new SteamGame(appId, name, install.toString(), size, updated > 0 ? updated : null);
    }

    private static long number(Object value) {
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }

    private static long directorySize(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
