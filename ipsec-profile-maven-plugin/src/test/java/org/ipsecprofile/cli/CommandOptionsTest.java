package org.ipsecprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.generation.GenerationRequest;
import org.ipsecprofile.generation.Goal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** How the options of {@code check} and {@code generate} become the request the goals would make. */
class CommandOptionsTest {

    @TempDir
    Path project;

    private static GenerationRequest request(String... args) {
        CommandLine commandLine = Main.commandLine(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Terminal.NONE);
        CommandLine.ParseResult parsed = commandLine.parseArgs(args);
        ProjectCommand command =
                (ProjectCommand) parsed.subcommand().commandSpec().userObject();
        return command.request();
    }

    @Test
    void withoutOptionsTheRequestHasTheGoalsDefaultsInsideDir() {
        Path base = project.toAbsolutePath().normalize();

        GenerationRequest request = request("check", project.toString());

        assertThat(request.goal()).isEqualTo(Goal.CHECK);
        assertThat(request.inputs().baseDirectory()).isEqualTo(base);
        assertThat(request.inputs().descriptorDirectory()).isEqualTo(base.resolve("src/main/ipsec"));
        assertThat(request.inputs().includes()).isNull();
        assertThat(request.inputs().excludes()).isNull();
        assertThat(request.inputs().ruleSeverities()).isNull();
        assertThat(request.inputs().draftDirectory()).isEqualTo(base);
        assertThat(request.inputs().draftIncludes()).isNull();
        assertThat(request.inputs().encoding()).isNull();
        assertThat(request.buildDirectory()).isEqualTo(base.resolve("target"));
        assertThat(request.failOn()).isEqualTo("error");
        assertThat(request.sarifRootDirectory()).isNull();
        assertThat(request.rendering().outputDirectory())
                .isEqualTo(base.resolve("target/generated-sources/ipsec-profile"));
        assertThat(request.rendering().formats()).containsExactly("xml2rfc", "markdown", "text");
        assertThat(request.rendering().templateDirectory()).isNull();
        assertThat(request.rendering().markdownHeadingLevel()).isEqualTo(1);
        assertThat(request.inlining().enabled()).isFalse();
        assertThat(request.pluginVersion()).isEqualTo(PluginVersion.value());
        assertThat(request.findingsFiles()).isEqualTo(GenerationRequest.FindingsTargets.DEFAULT);
    }

    @Test
    void withoutDirTheProjectIsTheCurrentFolder() {
        Path current = Path.of("").toAbsolutePath().normalize();

        GenerationRequest request = request("generate");

        assertThat(request.goal()).isEqualTo(Goal.GENERATE);
        assertThat(request.inputs().baseDirectory()).isEqualTo(current);
        assertThat(request.inputs().descriptorDirectory()).isEqualTo(current.resolve("src/main/ipsec"));
    }

    @Test
    void eachOptionReachesTheRequest() {
        Path base = project.toAbsolutePath().normalize();

        GenerationRequest request = request(
                "generate",
                project.toString(),
                "--descriptors",
                base.resolve("profiles").toString(),
                "--drafts",
                base.resolve("drafts").toString(),
                "--output",
                base.resolve("generated").toString(),
                "--formats",
                "xml2rfc,text",
                "--templates",
                base.resolve("templates").toString(),
                "--fail-on",
                "warning",
                "--severity",
                "nat-traversal=error",
                "--severity",
                "port-selectors=off",
                "--json",
                base.resolve("out/findings.json").toString(),
                "--sarif",
                base.resolve("out/findings.sarif").toString());

        assertThat(request.inputs().descriptorDirectory()).isEqualTo(base.resolve("profiles"));
        assertThat(request.inputs().draftDirectory()).isEqualTo(base.resolve("drafts"));
        assertThat(request.rendering().outputDirectory()).isEqualTo(base.resolve("generated"));
        assertThat(request.rendering().formats()).containsExactly("xml2rfc", "text");
        assertThat(request.rendering().templateDirectory()).isEqualTo(base.resolve("templates"));
        assertThat(request.failOn()).isEqualTo("warning");
        assertThat(request.inputs().ruleSeverities())
                .containsExactlyInAnyOrderEntriesOf(Map.of("nat-traversal", "error", "port-selectors", "off"));
        assertThat(request.findingsFiles())
                .isEqualTo(new GenerationRequest.FindingsTargets(
                        base.resolve("out/findings.json"), base.resolve("out/findings.sarif")));
        assertThat(request.buildDirectory()).isEqualTo(base.resolve("target"));
    }

    @Test
    void relativePathsInOptionsAreRelativeToTheCurrentFolder() {
        Path current = Path.of("").toAbsolutePath().normalize();

        GenerationRequest request =
                request("check", project.toString(), "--descriptors", "profiles", "--json", "findings.json");

        assertThat(request.inputs().descriptorDirectory()).isEqualTo(current.resolve("profiles"));
        assertThat(request.findingsFiles().json()).isEqualTo(current.resolve("findings.json"));
    }

    @Test
    void formatsMayBeRepeatedAsWellAsCommaSeparated() {
        assertThat(request("generate", "--formats", "markdown", "--formats", "text")
                        .rendering()
                        .formats())
                .isEqualTo(List.of("markdown", "text"));
    }
}
