package org.ipsecprofile.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a test finds a tool: the environment variable first, then {@code PATH}; and what it says when absent. */
class InstalledToolTest {

    private static final InstalledTool TOOL =
            new InstalledTool("sometool", "SOMETOOL", "install it with 'apt-get install sometool'");

    @TempDir
    Path dir;

    private Path file(String folder, boolean executable) throws IOException {
        Path path = Files.createDirectories(dir.resolve(folder)).resolve("sometool");
        Files.writeString(path, "#!/bin/sh\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        return path;
    }

    @Test
    void theVariableWinsOverPath() throws IOException {
        Path onPath = file("bin", true);
        Path named = file("elsewhere", true);

        assertThat(TOOL.locate(Map.of(
                        "SOMETOOL", named.toString(), "PATH", onPath.getParent().toString())))
                .contains(named);
    }

    @Test
    void onPathTheFirstExecutableOfThatNameIsTaken() throws IOException {
        Path notExecutable = file("first", false);
        Path executable = file("second", true);
        String path = notExecutable.getParent() + File.pathSeparator + executable.getParent();

        assertThat(TOOL.locate(Map.of("PATH", path))).contains(executable);
    }

    @Test
    void aVariableNamingNoExecutableMeansAbsentAndSaysSo() throws IOException {
        Path notExecutable = file("bin", false);
        Path onPath = file("path", true);
        Map<String, String> environment = Map.of(
                "SOMETOOL", notExecutable.toString(), "PATH", onPath.getParent().toString());

        assertThat(TOOL.locate(environment)).isEmpty();
        assertThat(TOOL.absence(environment))
                .startsWith("SOMETOOL=" + notExecutable + " is not an executable file")
                .contains("apt-get install sometool");
    }

    @Test
    void anAbsentToolIsExplainedWithHowToInstallIt() {
        Map<String, String> environment = Map.of("PATH", dir.toString());

        assertThat(TOOL.locate(environment)).isEmpty();
        assertThat(TOOL.absence(environment))
                .isEqualTo("sometool is not on PATH and SOMETOOL is not set;"
                        + " install it with 'apt-get install sometool' to run this test");
    }
}
