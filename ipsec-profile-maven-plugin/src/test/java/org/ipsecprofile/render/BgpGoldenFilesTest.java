package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins every output rendered for the SPEC §3 BGP example, so any change to the wording or the
 * layout shows up as a diff to review. After an intended change, refresh the files with
 * {@code -Dipsecprofile.updateGolden=true} and read the diff before committing it.
 */
class BgpGoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/bgp");

    @Test
    void everyOutputMatchesItsGoldenFile() throws Exception {
        SortedMap<String, String> outputs = FragmentRendererTest.renderBgp(EnumSet.allOf(Format.class), 1);
        if (Boolean.getBoolean("ipsecprofile.updateGolden")) {
            rewrite(outputs);
        }
        assertThat(goldenFiles())
                .as("golden files; refresh with -Dipsecprofile.updateGolden=true")
                .containsExactlyElementsOf(outputs.keySet());
        for (var output : outputs.entrySet()) {
            assertThat(output.getValue())
                    .as(output.getKey())
                    .isEqualTo(Files.readString(GOLDEN.resolve(output.getKey()), StandardCharsets.UTF_8));
        }
    }

    private static List<String> goldenFiles() throws IOException {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> GOLDEN.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static void rewrite(SortedMap<String, String> outputs) throws IOException {
        if (Files.exists(GOLDEN)) {
            try (Stream<Path> files = Files.walk(GOLDEN)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (var output : outputs.entrySet()) {
            Path file = GOLDEN.resolve(output.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, output.getValue(), StandardCharsets.UTF_8);
        }
    }
}
