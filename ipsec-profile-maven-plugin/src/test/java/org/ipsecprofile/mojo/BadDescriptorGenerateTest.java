package org.ipsecprofile.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SPEC §7 end to end: the generate goal, run on a project holding one bad descriptor beside a good
 * one, fails with one clear error naming the bad file (with line and column), shows no stack
 * trace, writes nothing under the output directory, and does so within seconds.
 */
class BadDescriptorGenerateTest {

    private static final Path CORPUS = Path.of("src/test/resources/descriptors/invalid");
    private static final String MINIMAL =
            "schema: ipsec-profile/1\nid: example\nprotocol: {name: EXAMPLE}\n" + "ipsec: {version: 2}\n";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList().stream();
        }
    }

    private Path descriptors() throws IOException {
        return Files.createDirectories(project.resolve("src/main/ipsec"));
    }

    private Path output() {
        return project.resolve("target/generated-sources/ipsec-profile");
    }

    private GenerateMojo mojo() throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        setVariableValueToObject(
                mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(
                mojo, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(mojo, "draftDirectory", project.toFile());
        setVariableValueToObject(mojo, "outputDirectory", output().toFile());
        setVariableValueToObject(mojo, "formats", List.of("xml2rfc", "markdown", "text"));
        setVariableValueToObject(mojo, "markdownHeadingLevel", 1);
        setVariableValueToObject(mojo, "failOn", "error");
        mojo.setLog(log);
        return mojo;
    }

    /** Runs generate, expecting it to fail within seconds; returns the failure's message. */
    private String generateFails() throws Exception {
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"),
                descriptors().resolve("bgp.yaml"));
        GenerateMojo mojo = mojo();
        Throwable[] thrown = new Throwable[1];
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                mojo.execute();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        assertThat(thrown[0]).isInstanceOf(MojoFailureException.class);
        String message = thrown[0].getMessage();
        assertThat(message + String.join("\n", log.lines))
                .as("no stack trace")
                .doesNotContainPattern("(?m)^\\s+at [a-z]")
                .doesNotContain("Exception:");
        assertThat(output()).as("nothing is written under the output directory").doesNotExist();
        return message;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aBadDescriptorFailsTheBuildNamingItsFileAndWritesNothing(String name) throws Exception {
        Files.copy(CORPUS.resolve(name), descriptors().resolve(name));

        String message = generateFails();

        String shown = Pattern.quote("src/main/ipsec/" + name);
        assertThat(message).containsPattern("(?m)^  error " + shown + ":\\d+:\\d+: \\[descriptor\\] \\S");
        assertThat(log.lines).anyMatch(l -> l.matches("\\[ERROR\\] " + shown + ":\\d+:\\d+: \\[descriptor\\] .+"));
        assertThat(message).doesNotContain("bgp.yaml");
    }

    @Test
    void aFileOneByteOverOneMebibyteFailsWithoutOutput() throws Exception {
        String padded = MINIMAL + "#" + "x".repeat(1_048_577 - MINIMAL.length() - 1);
        Files.writeString(descriptors().resolve("big.yaml"), padded);

        assertThat(generateFails()).contains("src/main/ipsec/big.yaml:1:1: [descriptor] the file is 1048577 bytes");
    }

    @Test
    void twoFilesWithTheSameIdFailWithoutOutput() throws Exception {
        Files.writeString(descriptors().resolve("a.yaml"), MINIMAL);
        Files.writeString(descriptors().resolve("b.yaml"), MINIMAL);

        assertThat(generateFails())
                .contains("src/main/ipsec/b.yaml:2:1: [descriptor] id 'example' is already used by"
                        + " src/main/ipsec/a.yaml");
    }

    @Test
    void aDescriptorLinkingOutsideTheProjectIsNotRead(@TempDir Path elsewhere) throws Exception {
        Path secret = elsewhere.resolve("credentials.yaml");
        Files.writeString(secret, "token-4f1d9c: top-secret-value-77\n");
        Files.createSymbolicLink(descriptors().resolve("link.yaml"), secret);

        String message = generateFails();

        assertThat(message)
                .contains("src/main/ipsec/link.yaml:1:1: [descriptor] the file is a symbolic link to a file"
                        + " outside the descriptor directory");
        String everything = message
                + String.join("\n", log.lines)
                + Files.readString(project.resolve("target/ipsec-profile/findings.json"))
                + Files.readString(project.resolve("target/ipsec-profile/findings.sarif"));
        assertThat(everything).doesNotContain("4f1d9c").doesNotContain("top-secret");
    }

    @Test
    void aFileNameWithATerminalEscapeIsRefusedAndShownEscaped() throws Exception {
        Files.writeString(descriptors().resolve("evil\u001b[2J.yaml"), MINIMAL);

        String message = generateFails();

        assertThat(message)
                .contains("src/main/ipsec/evil\\u001B[2J.yaml:1:1: [descriptor] the file name holds the"
                        + " control character U+001B");
        assertThat(message + String.join("\n", log.lines)).doesNotContain("\u001b");
    }

    @Test
    void aFileNameWithALineBreakCannotForgeALogLine() throws Exception {
        Files.writeString(descriptors().resolve("x\n[INFO] BUILD SUCCESS\n.yaml"), MINIMAL);

        String message = generateFails();

        assertThat(message).contains("src/main/ipsec/x\\u000A[INFO] BUILD SUCCESS\\u000A.yaml:1:1: [descriptor]");
        assertThat(log.lines).noneMatch(l -> l.contains("\n"));
        assertThat(Files.readString(project.resolve("target/ipsec-profile/findings.json"), StandardCharsets.UTF_8))
                .doesNotContain("\n[INFO]");
    }
}
