package org.ipsecprofile.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ipsecprofile.generation.GenerationRequest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

/**
 * The command's defaults are the goals' defaults as this build's plugin.xml declares them, with
 * {@code ${project.basedir}} as {@code DIR} and {@code ${project.build.directory}} as
 * {@code DIR/target}: a default changed in a mojo and not here fails this test.
 */
class GoalDefaultsTest {

    @TempDir
    Path project;

    /** The goal's parameter defaults, by parameter name. */
    private static Map<String, String> defaults(String goal) throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile())
                .getDocumentElement();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!goal.equals(mojo.getElementsByTagName("goal").item(0).getTextContent())) {
                continue;
            }
            Map<String, String> defaults = new HashMap<>();
            Element configuration =
                    (Element) mojo.getElementsByTagName("configuration").item(0);
            for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element parameter && parameter.hasAttribute("default-value")) {
                    defaults.put(parameter.getTagName(), parameter.getAttribute("default-value"));
                }
            }
            return defaults;
        }
        throw new AssertionError("no goal " + goal + " in plugin.xml");
    }

    private Path resolved(String mavenDefault) {
        Path base = project.toAbsolutePath().normalize();
        String path = mavenDefault
                .replace("${project.build.directory}", base.resolve("target").toString())
                .replace("${project.basedir}", base.toString());
        return Path.of(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "generate"})
    void everyDefaultIsTheGoals(String goal) throws Exception {
        Map<String, String> defaults = defaults(goal);
        CommandLine commandLine = Main.commandLine(
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Terminal.NONE);
        ProjectCommand command = (ProjectCommand) commandLine
                .parseArgs(goal, project.toString())
                .subcommand()
                .commandSpec()
                .userObject();

        GenerationRequest request = command.request();

        assertThat(request.inputs().baseDirectory()).isEqualTo(resolved(defaults.get("baseDirectory")));
        assertThat(request.buildDirectory()).isEqualTo(resolved(defaults.get("buildDirectory")));
        assertThat(request.inputs().descriptorDirectory()).isEqualTo(resolved(defaults.get("descriptorDirectory")));
        assertThat(request.inputs().draftDirectory()).isEqualTo(resolved(defaults.get("draftDirectory")));
        assertThat(request.rendering().outputDirectory()).isEqualTo(resolved(defaults.get("outputDirectory")));
        assertThat(request.failOn()).isEqualTo(defaults.get("failOn"));
        assertThat(String.join(",", request.rendering().formats())).isEqualTo(defaults.get("formats"));
        assertThat(request.rendering().markdownHeadingLevel())
                .isEqualTo(Integer.parseInt(defaults.get("markdownHeadingLevel")));
        assertThat(defaults).doesNotContainKeys("templateDirectory", "sarifRootDirectory", "includes", "draftIncludes");
        assertThat(request.rendering().templateDirectory()).isNull();
        assertThat(request.sarifRootDirectory()).isNull();
        if (goal.equals("generate")) {
            assertThat(defaults.get("inlineDrafts")).isEqualTo("false");
            assertThat(request.inlining().enabled()).isFalse();
        }
        // The parameters the command sets: a new goal parameter with a default needs a decision here.
        assertThat(defaults.keySet())
                .isSubsetOf(List.of(
                        "baseDirectory",
                        "buildDirectory",
                        "descriptorDirectory",
                        "draftDirectory",
                        "encoding",
                        "failOn",
                        "formats",
                        "markdownHeadingLevel",
                        "outputDirectory",
                        "pluginVersion",
                        "skip",
                        "inlineDrafts",
                        "inlinedDraftDirectory"));
    }
}
