package dev.keel.domain.autopack.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SteamLibrariesTest {
    @TempDir
    Path dir;

    @Test
    void parsesNestedBlocksCommentsAndEscapes() {
        Map<String, Object> vdf = Vdf.parse("""
                // comment
                "libraryfolders" { "0" { "path" "C:\\\\Games" "apps" { "10" "123" } } }""");
        assertThat(vdf).containsKey("libraryfolders");
        @SuppressWarnings("unchecked")
        Map<String, Object> zero = (Map<String, Object>) ((Map<String, Object>) vdf.get("libraryfolders")).get("0");
        assertThat(zero.get("path")).isEqualTo("C:\\Games");
        assertThat(Vdf.parse("\"a\" { \"b\" ")).containsKey("a");
    }

    @Test
    void readsGamesFromEveryLibraryAndFallsBackToTheDirectorySize() throws Exception {
        Path steam = dir.resolve("steam");
        Path second = dir.resolve("second");
        Files.createDirectories(steam.resolve("steamapps"));
        Files.createDirectories(second.resolve("steamapps/common/Small/bin"));
        Files.write(second.resolve("steamapps/common/Small/bin/game.bin"), new byte[1234]);
        Files.writeString(steam.resolve("steamapps/libraryfolders.vdf"), "\"libraryfolders\"\n{\n \"0\" { \"path\" \""
                + steam + "\" }\n \"1\" { \"path\" \"" + second + "\" }\n \"2\" { \"path\" \"/nowhere\" }\n}\n");
        Files.writeString(steam.resolve("steamapps/appmanifest_10.acf"), """
                "AppState" { "appid" "10" "name" "Big Game" "installdir" "Big" "LastUpdated" "1600000000"
                  "SizeOnDisk" "50000000000" }""");
        Files.writeString(second.resolve("steamapps/appmanifest_20.acf"), """
                "AppState" { "appid" "20" "name" "Small Game" "installdir" "Small" }""");
        Files.writeString(second.resolve("steamapps/appmanifest_30.acf"), "garbage {");

        assertThat(SteamLibraries.libraries(steam)).hasSize(2);
        List<SteamGame> games = SteamLibraries.games(steam).stream().sorted(Comparator.comparing(SteamGame::appId))
                .toList();
        assertThat(games).extracting(SteamGame::name).containsExactly("Big Game", "Small Game");
        assertThat(games.get(0).sizeBytes()).isEqualTo(50_000_000_000L);
        assertThat(games.get(0).lastUpdated()).isEqualTo(1_600_000_000L);
        assertThat(games.get(1).sizeBytes()).isEqualTo(1234);
        assertThat(games.get(1).lastUpdated()).isNull();
    }
}
