package org.ipsecprofile.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path directory;

    @Test
    void writesNewFilesAndTheirDirectories() throws Exception {
        Path target = directory.resolve("a/b/findings.json");

        assertThat(OutputFile.write(target, bytes("{}"))).isTrue();

        assertThat(target).hasContent("{}");
    }

    @Test
    void leavesAFileWithTheSameContentUntouched() throws Exception {
        Path target = directory.resolve("findings.json");
        OutputFile.write(target, bytes("same"));
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(target, past);

        assertThat(OutputFile.write(target, bytes("same"))).isFalse();

        assertThat(Files.getLastModifiedTime(target)).isEqualTo(past);
    }

    @Test
    void replacesChangedContentAndLeavesNoTemporaryFile() throws Exception {
        Path target = directory.resolve("findings.json");
        OutputFile.write(target, bytes("old"));

        assertThat(OutputFile.write(target, bytes("new"))).isTrue();

        assertThat(target).hasContent("new");
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(target);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
