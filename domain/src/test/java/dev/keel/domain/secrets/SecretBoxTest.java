package dev.keel.domain.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {
    @TempDir
    Path dir;

    @Test
    void sealsWithARandomNonceAndOpensOnlyForItsContext() {
        SecretBox box = new SecretBox("a configured key", "external", dir.toString());
        String a = box.seal("refresh-123", "org:1:google");
        assertThat(a).startsWith("v1:").doesNotContain("refresh-123");
        assertThat(box.seal("refresh-123", "org:1:google")).isNotEqualTo(a);
        assertThat(box.open(a, "org:1:google")).isEqualTo("refresh-123");
        assertThatThrownBy(() -> box.open(a, "org:2:google")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox("another key", "external", dir.toString()).open(a, "org:1:google"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(box.seal(null, "x")).isNull();
    }

    @Test
    void embeddedModeGeneratesOneKeyIntoTheDataDirectory() throws Exception {
        String sealed = new SecretBox("", "embedded", dir.toString()).seal("t", "c");
        assertThat(Files.readString(dir.resolve("secret.key"))).isNotBlank();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret.key")))).isEqualTo("rw-------");
        assertThat(new SecretBox("", "embedded", dir.toString()).open(sealed, "c")).isEqualTo("t");
    }

    @Test
    void anExternalDatabaseWithoutKeyHasNoKey() {
        assertThatThrownBy(() -> new SecretBox("", "external", dir.toString()).seal("t", "c"))
                .isInstanceOf(SecretBox.MissingKeyException.class);
    }
}
