package org.ipsecprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.generation.BuildLog;
import org.ipsecprofile.generation.Generation;
import org.ipsecprofile.generation.GenerationRequest;
import org.ipsecprofile.generation.GenerationResult;
import org.ipsecprofile.generation.Goal;
import org.ipsecprofile.generation.LogLine;
import org.ipsecprofile.generation.RecordingBuildLog;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a copy of each bundled example without its POM, {@code check} and {@code generate} print the
 * lines, write the findings files and the fragments, byte for byte, that the core call of the
 * Maven goals with their default parameters gives on another copy.
 */
class SameAnswersAsMavenTest {

    @TempDir
    Path temporary;

    /** The request {@code AbstractProfileMojo} builds with every parameter at its default. */
    private static GenerationRequest goalDefaults(Goal goal, Path base) {
        Path build = base.resolve("target");
        return new GenerationRequest(
                goal,
                new GenerationRequest.Inputs(
                        base, base.resolve("src/main/ipsec"), null, null, null, base, null, null, "UTF-8"),
                build,
                "error",
                null,
                new GenerationRequest.Rendering(
                        build.resolve("generated-sources/ipsec-profile"), List.of("xml2rfc,markdown,text"), null, 1),
                new GenerationRequest.Inlining(false, build.resolve("ipsec-profile/inlined")),
                PluginVersion.value());
    }

    private static final BuildLog QUIET = new RecordingBuildLog(false);

    private static String lines(GenerationResult result) {
        StringBuilder text = new StringBuilder();
        for (LogLine line : result.log()) {
            text.append(line.text()).append(System.lineSeparator());
        }
        return text.toString();
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String file : expected.keySet()) {
            assertThat(actual.get(file)).as(file).isEqualTo(expected.get(file));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bgp-example", "modern-example"})
    void checkAndGenerateAnswerAsTheGoalsDo(String example) throws Exception {
        Path command = ExampleCopy.copy(example, temporary.resolve("command/" + example));
        Path maven = ExampleCopy.copy(example, temporary.resolve("maven/" + example));

        CommandRun check = CommandRun.of("check", command.toString());
        GenerationResult goalCheck = Generation.run(goalDefaults(Goal.CHECK, maven), QUIET);

        assertThat(check.status()).isZero();
        assertThat(goalCheck.failsTheBuild()).isFalse();
        assertThat(check.err()).isEqualTo(lines(goalCheck));
        assertSameFiles(
                ExampleCopy.files(command.resolve("target/ipsec-profile")),
                ExampleCopy.files(maven.resolve("target/ipsec-profile")));

        CommandRun generate = CommandRun.of("generate", command.toString());
        GenerationResult goalGenerate = Generation.run(goalDefaults(Goal.GENERATE, maven), QUIET);

        assertThat(generate.status()).isZero();
        assertThat(generate.err()).isEqualTo(lines(goalGenerate).replace(maven.toString(), command.toString()));
        Map<String, byte[]> fragments = ExampleCopy.files(command.resolve("target/generated-sources/ipsec-profile"));
        assertThat(fragments).containsKeys("xml2rfc/security-considerations.xml", "markdown/references.yaml");
        assertSameFiles(fragments, ExampleCopy.files(maven.resolve("target/generated-sources/ipsec-profile")));
        for (String findings : List.of("findings.json", "findings.sarif")) {
            assertThat(command.resolve("target/ipsec-profile/" + findings))
                    .hasBinaryContent(Files.readAllBytes(maven.resolve("target/ipsec-profile/" + findings)));
        }
    }
}
