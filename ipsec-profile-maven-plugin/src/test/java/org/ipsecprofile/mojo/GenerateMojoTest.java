package org.ipsecprofile.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.ipsecprofile.generation.Generation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generate goal as Maven configures it, on descriptors in a temporary project. */
@MojoTest
class GenerateMojoTest {

    private static final String POM = "src/test/projects/generate/pom.xml";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void createProject() throws IOException {
        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));
    }

    private GenerateMojo configure(GenerateMojo mojo) throws IllegalAccessException {
        setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        setVariableValueToObject(
                mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(
                mojo, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(mojo, "outputDirectory", output().toFile());
        setVariableValueToObject(mojo, "formats", List.of("xml2rfc", "markdown", "text"));
        setVariableValueToObject(mojo, "markdownHeadingLevel", 1);
        mojo.setLog(log);
        return mojo;
    }

    private Path output() {
        return project.resolve("target/generated-sources/ipsec-profile");
    }

    private Map<String, FileTime> outputFiles() throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        if (!Files.exists(output())) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(output())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(output().relativize(file).toString().replace('\\', '/'), Files.getLastModifiedTime(file));
            }
        }
        return files;
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void writesTheSectionsAndReferencesOfEveryFormat(GenerateMojo mojo) throws Exception {
        configure(mojo).execute();

        assertThat(outputFiles().keySet())
                .contains(
                        "xml2rfc/ipsec-profile-bgp.xml",
                        "xml2rfc/security-considerations.xml",
                        "xml2rfc/references-normative.xml",
                        "xml2rfc/references-informative.xml",
                        "markdown/ipsec-profile-bgp.md",
                        "markdown/security-considerations.md",
                        "markdown/references.yaml",
                        "text/ipsec-profile-bgp.txt",
                        "text/security-considerations.txt");
        assertThat(outputFiles().keySet()).anyMatch(f -> f.matches("xml2rfc/bibxml/reference\\.RFC\\.\\d+\\.xml"));
        assertThat(log.lines)
                .anyMatch(l -> l.matches("\\[INFO\\] IPsec profile: \\d+ file\\(s\\) written, 0 unchanged, in .*"));
        assertThat(project.resolve("target/ipsec-profile/findings.json")).exists();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aDraftLinkedFromOutsideIsNeitherScannedNorInlined(GenerateMojo mojo, @TempDir Path elsewhere)
            throws Exception {
        String draft = "<?xml version=\"1.0\"?>\n<rfc xmlns:xi=\"http://www.w3.org/2001/XInclude\" version=\"3\">\n"
                + "<middle><xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/>"
                + "</middle></rfc>\n";
        Files.writeString(project.resolve("draft-own.xml"), draft);
        Files.writeString(elsewhere.resolve("draft-secret.xml"), draft.replace("<middle>", "<!-- hunter2 --><middle>"));
        Files.createSymbolicLink(project.resolve("draft-linked.xml"), elsewhere.resolve("draft-secret.xml"));
        configure(mojo);
        setVariableValueToObject(mojo, "draftDirectory", project.toFile());
        setVariableValueToObject(mojo, "inlineDrafts", true);
        setVariableValueToObject(
                mojo, "inlinedDraftDirectory", project.resolve("target/inlined").toFile());

        mojo.execute();

        assertThat(project.resolve("target/inlined/draft-own.xml")).exists();
        assertThat(project.resolve("target/inlined/draft-linked.xml")).doesNotExist();
        assertThat(log.lines)
                .anyMatch(l -> l.startsWith("[WARNING] draft-linked.xml: not scanned for IPsec mandates:"
                        + " it is a symbolic link to a file outside the draft directory"));
        assertThat(log.lines)
                .contains("[INFO] IPsec profile: inlineDrafts: draft-linked.xml is not inlined, for the"
                        + " reason the draft scan gave.");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void writesOnlyTheSelectedFormats(GenerateMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "formats", List.of("markdown"));

        mojo.execute();

        assertThat(outputFiles().keySet())
                .allMatch(f -> f.startsWith("markdown/"))
                .contains("markdown/ipsec-profile-bgp.md", "markdown/references.yaml");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aSecondRunWithTheSameInputsTouchesNoFile(GenerateMojo mojo) throws Exception {
        configure(mojo).execute();
        Map<String, FileTime> first = outputFiles();
        FileTime past = FileTime.fromMillis(1_000_000_000_000L);
        for (String file : first.keySet()) {
            Files.setLastModifiedTime(output().resolve(file), past);
        }
        log.lines.clear();

        mojo.execute();

        assertThat(outputFiles().keySet()).isEqualTo(first.keySet());
        assertThat(outputFiles().values()).containsOnly(past);
        assertThat(log.lines)
                .contains("[INFO] IPsec profile: 0 file(s) written, " + first.size() + " unchanged, in " + output());
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void markdownHeadingsStartAtTheConfiguredLevel(GenerateMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "markdownHeadingLevel", 2);

        mojo.execute();

        assertThat(Files.readString(output().resolve("markdown/ipsec-profile-bgp.md")))
                .startsWith("## ");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aFailingCheckStopsTheBuildBeforeAnythingIsRendered(GenerateMojo mojo) throws Exception {
        Files.writeString(
                project.resolve("src/main/ipsec/foo.yaml"),
                "schema: ipsec-profile/1\nid: foo\nprotocol: {name: Foo}\nipsec: {version: 3}\n");

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("[selectors]");
        assertThat(output()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aBrokenOverrideTemplateFailsNamingItAndWritesNothing(GenerateMojo mojo) throws Exception {
        Path templates = project.resolve("src/main/templates");
        Files.createDirectories(templates.resolve("layout/text"));
        Files.writeString(
                templates.resolve("layout/text/security-considerations.txt.ftl"), "ok\n${section.nothing.here}\n");
        configure(mojo);
        setVariableValueToObject(mojo, "templateDirectory", templates.toFile());

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith(
                        "Template layout/text/security-considerations.txt.ftl (override in " + templates + ") line 2");
        assertThat(output()).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void anUnknownFormatIsAConfigurationError(GenerateMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "formats", List.of("xml2rfc,html"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("formats: 'html' is not a format: write xml2rfc, markdown or text");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void skipWritesNothing(GenerateMojo mojo) throws Exception {
        configure(mojo);
        setVariableValueToObject(mojo, "skip", true);

        mojo.execute();

        assertThat(project.resolve("target")).doesNotExist();
    }

    // --- the up-to-date fingerprint: an unchanged second run renders nothing; any change renders again ---

    private boolean skippedRendering() {
        return log.lines.stream()
                .anyMatch(l -> l.startsWith("[DEBUG] IPsec profile: the ") && l.contains("are up to date"));
    }

    private String timing() {
        return log.lines.stream()
                .filter(l -> l.startsWith("[DEBUG] IPsec profile: ") && l.matches(".* total \\d+ ms"))
                .findFirst()
                .orElseThrow();
    }

    private GenerateMojo generateTwice(GenerateMojo mojo) throws Exception {
        log.debug = true;
        configure(mojo).execute();
        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        log.lines.clear();
        return mojo;
    }

    private boolean replayed() {
        return log.lines.stream()
                .anyMatch(l -> l.startsWith("[DEBUG] IPsec profile: nothing changed since the last generate"));
    }

    private List<String> nonDebug() {
        return log.lines.stream().filter(l -> !l.startsWith("[DEBUG]")).toList();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void anUnchangedSecondRunDoesNoWorkRepeatsItsLogAndSaysSoAtDebugLevel(GenerateMojo mojo) throws Exception {
        log.debug = true;
        configure(mojo).execute();
        List<String> firstLog = nonDebug();
        Map<String, FileTime> first = outputFiles();
        FileTime findingsTime = Files.getLastModifiedTime(project.resolve("target/ipsec-profile/findings.json"));
        log.lines.clear();

        mojo.execute();

        assertThat(replayed()).isTrue();
        assertThat(timing())
                .matches(
                        "\\[DEBUG\\] IPsec profile: parse 0 ms \\(up to date\\), check 0 ms \\(up to date\\),"
                                + " draft scan 0 ms \\(up to date\\), render 0 ms \\(up to date\\), fingerprint \\d+ ms, total \\d+ ms");
        assertThat(nonDebug())
                .isEqualTo(firstLog.stream()
                        .map(l -> l.replace(
                                first.size() + " file(s) written, 0 unchanged",
                                "0 file(s) written, " + first.size() + " unchanged"))
                        .toList());
        assertThat(outputFiles()).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(project.resolve("target/ipsec-profile/findings.json")))
                .isEqualTo(findingsTime);
        assertThat(project.resolve("target/ipsec-profile/" + Generation.EXECUTION_RECORD))
                .exists();
        assertThat(project.resolve("target/ipsec-profile/" + Generation.FINGERPRINT))
                .exists();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aNewDraftRerunsTheCheckButRendersNothingWhenTheFindingsAreTheSame(GenerateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "draftDirectory", project.toFile());
        generateTwice(mojo);
        Map<String, FileTime> first = outputFiles();
        Files.writeString(project.resolve("draft-example-notes.md"), "# Notes\n\nNothing about security here.\n");

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isTrue();
        assertThat(timing())
                .matches("\\[DEBUG\\] IPsec profile: fingerprint \\d+ ms, parse \\d+ ms, check \\d+ ms,"
                        + " draft scan \\d+ ms, findings \\d+ ms, render 0 ms \\(up to date\\), total \\d+ ms");
        assertThat(outputFiles()).isEqualTo(first);
        assertThat(log.lines)
                .contains("[INFO] IPsec profile: 0 file(s) written, " + first.size() + " unchanged, in " + output());
        log.lines.clear();

        mojo.execute();

        assertThat(replayed()).isTrue();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aChangedFailOnRerunsTheCheck(GenerateMojo mojo) throws Exception {
        generateTwice(mojo);
        setVariableValueToObject(mojo, "failOn", "warning");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(replayed()).isFalse();
        assertThat(project.resolve("target/ipsec-profile/" + Generation.EXECUTION_RECORD))
                .doesNotExist();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void anEditedFindingsFileRerunsTheCheck(GenerateMojo mojo) throws Exception {
        generateTwice(mojo);
        Files.writeString(project.resolve("target/ipsec-profile/findings.json"), "{}");

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(Files.readString(project.resolve("target/ipsec-profile/findings.json")))
                .contains("port-selectors");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aChangedDescriptorRendersAgain(GenerateMojo mojo) throws Exception {
        generateTwice(mojo);
        Path descriptor = project.resolve("src/main/ipsec/bgp.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("loopback address", "loopback interface"));

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        assertThat(timing()).doesNotContain("up to date");
        assertThat(Files.readString(output().resolve("text/ipsec-profile-bgp.txt")))
                .contains("loopback interface");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aChangedTemplateOverrideRendersAgain(GenerateMojo mojo) throws Exception {
        Path templates = project.resolve("src/main/templates");
        Files.createDirectories(templates.resolve("layout/text"));
        Files.writeString(templates.resolve("layout/text/security-considerations.txt.ftl"), "first\n");
        setVariableValueToObject(mojo, "templateDirectory", templates.toFile());
        generateTwice(mojo);
        Files.writeString(templates.resolve("layout/text/security-considerations.txt.ftl"), "second\n");

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        assertThat(output().resolve("text/security-considerations.txt")).hasContent("second");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aNewTemplateOverrideRendersAgain(GenerateMojo mojo) throws Exception {
        Path templates = project.resolve("src/main/templates");
        Files.createDirectories(templates);
        setVariableValueToObject(mojo, "templateDirectory", templates.toFile());
        generateTwice(mojo);
        Files.createDirectories(templates.resolve("layout/text"));
        Files.writeString(templates.resolve("layout/text/security-considerations.txt.ftl"), "override\n");

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        assertThat(output().resolve("text/security-considerations.txt")).hasContent("override");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void changedFormatsRenderAgain(GenerateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "formats", List.of("markdown"));
        generateTwice(mojo);
        setVariableValueToObject(mojo, "formats", List.of("markdown", "text"));

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        assertThat(output().resolve("text/ipsec-profile-bgp.txt")).exists();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aChangedMarkdownHeadingLevelRendersAgain(GenerateMojo mojo) throws Exception {
        generateTwice(mojo);
        setVariableValueToObject(mojo, "markdownHeadingLevel", 3);

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        assertThat(Files.readString(output().resolve("markdown/ipsec-profile-bgp.md")))
                .startsWith("### ");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void anotherPluginVersionRendersAgain(GenerateMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "pluginVersion", "0.1.0");
        generateTwice(mojo);
        setVariableValueToObject(mojo, "pluginVersion", "0.2.0");

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        assertThat(timing()).contains("render ").doesNotContain("up to date");
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void changedRuleSeveritiesRenderAgain(GenerateMojo mojo) throws Exception {
        generateTwice(mojo);
        setVariableValueToObject(mojo, "ruleSeverities", Map.of("sender-address-check", "off"));

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void anEditedOrDeletedOutputFileIsWrittenAgain(GenerateMojo mojo) throws Exception {
        generateTwice(mojo);
        Path edited = output().resolve("xml2rfc/ipsec-profile-bgp.xml");
        String original = Files.readString(edited);
        Files.writeString(edited, "edited by hand\n");
        Files.delete(output().resolve("markdown/references.yaml"));

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
        assertThat(edited).hasContent(original.strip());
        assertThat(output().resolve("markdown/references.yaml")).exists();
        log.lines.clear();

        mojo.execute();

        assertThat(replayed()).isTrue();
    }

    @Test
    @InjectMojo(goal = "generate", pom = POM)
    void aDamagedFingerprintRendersAgain(GenerateMojo mojo) throws Exception {
        generateTwice(mojo);
        Files.writeString(project.resolve("target/ipsec-profile/" + Generation.FINGERPRINT), "garbage\n");
        Files.writeString(project.resolve("target/ipsec-profile/" + Generation.EXECUTION_RECORD), "garbage\n");

        mojo.execute();

        assertThat(replayed()).isFalse();
        assertThat(skippedRendering()).isFalse();
    }
}
