package org.ipsecprofile.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.ipsecprofile.check.ProfileChecker;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.output.OutputFile;
import org.ipsecprofile.parse.DescriptorParser;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.ipsecprofile.render.Format;
import org.ipsecprofile.render.FragmentRenderer;
import org.ipsecprofile.render.RenderRequest;
import org.ipsecprofile.render.TemplateEngine;
import org.ipsecprofile.render.refs.ReferenceLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal as Maven configures it, on descriptors in a temporary project. */
@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/projects/check/pom.xml";

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void createProject() throws IOException {
        Files.createDirectories(project.resolve("src/main/ipsec"));
    }

    private CheckMojo configure(CheckMojo mojo) throws IllegalAccessException {
        setVariableValueToObject(mojo, "baseDirectory", project.toFile());
        setVariableValueToObject(
                mojo, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(
                mojo, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(
                mojo,
                "outputDirectory",
                project.resolve("target/generated-sources/ipsec-profile").toFile());
        mojo.setLog(log);
        return mojo;
    }

    private void descriptor(String name, String resource) throws IOException {
        Files.copy(
                Path.of("src/test/resources/descriptors/valid", resource),
                project.resolve("src/main/ipsec").resolve(name));
    }

    private void descriptorText(String name, String text) throws IOException {
        Files.writeString(project.resolve("src/main/ipsec").resolve(name), text, StandardCharsets.UTF_8);
    }

    private String findingsSarif() throws IOException {
        return Files.readString(project.resolve("target/ipsec-profile/findings.sarif"), StandardCharsets.UTF_8);
    }

    private String findingsJson() throws IOException {
        return Files.readString(project.resolve("target/ipsec-profile/findings.json"), StandardCharsets.UTF_8);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theBgpExamplePassesAndLogsItsFiveFindings(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");

        configure(mojo).execute();

        assertThat(log.lines)
                .contains("[INFO] src/main/ipsec/bgp.yaml:11:3: [port-selectors] " + messageOf("port-selectors")
                        + " (RFC 5406 Section 6)");
        assertThat(log.lines)
                .filteredOn(l -> l.contains("[availability-unknown]"))
                .singleElement()
                .asString()
                .startsWith("[WARNING] src/main/ipsec/bgp.yaml:29:3:");
        assertThat(log.lines)
                .filteredOn(l -> l.contains("[sender-address-check]"))
                .singleElement()
                .asString()
                .startsWith("[INFO] src/main/ipsec/bgp.yaml:");
        assertThat(log.lines)
                .filteredOn(l -> l.contains("[ipsec-v2-obsolete]"))
                .singleElement()
                .asString()
                .startsWith("[WARNING] src/main/ipsec/bgp.yaml:4:9: [ipsec-v2-obsolete] ")
                .endsWith(" (RFC 4301; RFC 5406 Section 1)");
        assertThat(log.lines)
                .filteredOn(l -> l.contains("[ikev1-historic]"))
                .singleElement()
                .asString()
                .startsWith("[WARNING] src/main/ipsec/bgp.yaml:18:7: [ikev1-historic] ")
                .endsWith(" (RFC 9395 Sections 1 and 3)");
        assertThat(log.lines)
                .filteredOn(l -> l.matches("\\[(INFO|WARNING|ERROR)\\] src/.*"))
                .hasSize(5);
        assertThat(findingsJson())
                .contains(
                        "\"errors\": 0",
                        "\"warnings\": 3",
                        "\"infos\": 2",
                        "{\"id\": \"bgp\", \"file\": \"src/main/ipsec/bgp.yaml\"}");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void missingItemsFailTheBuildWithEveryErrorInTheMessage(CheckMojo mojo) throws Exception {
        descriptorText("foo.yaml", "schema: ipsec-profile/1\nid: foo\nprotocol: {name: Foo}\nipsec: {version: 3}\n");

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("error src/main/ipsec/foo.yaml:1:1: [selectors]")
                .hasMessageContaining("[protection]")
                .hasMessageContaining("[key-management]")
                .hasMessageContaining("[identification]")
                .hasMessageContaining("[user-switching]")
                .hasMessageContaining("[authentication]")
                .hasMessageContaining("[authorization]")
                .hasMessageContaining("[availability]");
        assertThat(findingsJson()).as("written before the build fails").contains("\"rule\": \"key-management\"");
        assertThat(findingsSarif()).as("written before the build fails").contains("\"ruleId\": \"key-management\"");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void writesFindingsSarifBesideFindingsJson(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");

        configure(mojo).execute();

        assertThat(findingsSarif())
                .contains(
                        "\"version\": \"2.1.0\"",
                        "\"ruleId\": \"port-selectors\"",
                        "\"uri\": \"src/main/ipsec/bgp.yaml\"",
                        "\"startLine\": 11, \"startColumn\": 3");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void sarifPathsStartAtTheRepositoryRootWhileFindingsJsonStaysProjectRelative(CheckMojo mojo) throws Exception {
        Files.createDirectories(project.resolve(".git"));
        Path draft = project.resolve("drafts/bgp ipsec");
        Files.createDirectories(draft.resolve("src/main/ipsec"));
        Files.copy(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), draft.resolve("src/main/ipsec/bgp.yaml"));
        setVariableValueToObject(mojo, "baseDirectory", draft.toFile());
        setVariableValueToObject(mojo, "buildDirectory", draft.resolve("target").toFile());
        setVariableValueToObject(
                mojo, "descriptorDirectory", draft.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(mojo, "draftDirectory", draft.toFile());
        setVariableValueToObject(
                mojo,
                "outputDirectory",
                draft.resolve("target/generated-sources/ipsec-profile").toFile());
        mojo.setLog(log);

        mojo.execute();

        assertThat(Files.readString(draft.resolve("target/ipsec-profile/findings.sarif")))
                .contains("\"uri\": \"drafts/bgp%20ipsec/src/main/ipsec/bgp.yaml\", \"uriBaseId\": \"%SRCROOT%\"");
        assertThat(Files.readString(draft.resolve("target/ipsec-profile/findings.json")))
                .contains("\"file\": \"src/main/ipsec/bgp.yaml\"");
        assertThat(log.lines).anyMatch(line -> line.contains("src/main/ipsec/bgp.yaml:11:3: [port-selectors]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aSarifRootThatDoesNotHoldTheProjectIsRefusedWithAWarning(CheckMojo mojo, @TempDir Path elsewhere)
            throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        setVariableValueToObject(mojo, "sarifRootDirectory", elsewhere.toFile());

        configure(mojo).execute();

        assertThat(findingsSarif()).contains("\"uri\": \"src/main/ipsec/bgp.yaml\"");
        assertThat(log.lines)
                .anyMatch(line -> line.startsWith("[WARNING] IPsec profile: sarifRootDirectory ")
                        && line.contains("does not hold the project"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aSarifRootAboveTheProjectPrefixesItsPath(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        setVariableValueToObject(mojo, "sarifRootDirectory", project.getParent().toFile());

        configure(mojo).execute();

        assertThat(findingsSarif()).contains("\"uri\": \"" + project.getFileName() + "/src/main/ipsec/bgp.yaml\"");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void failOnNoneReportsErrorsWithoutFailing(CheckMojo mojo) throws Exception {
        descriptorText("foo.yaml", "schema: ipsec-profile/1\nid: foo\nprotocol: {name: Foo}\nipsec: {version: 3}\n");
        setVariableValueToObject(mojo, "failOn", "none");

        configure(mojo).execute();

        assertThat(log.lines).anyMatch(l -> l.startsWith("[ERROR] src/main/ipsec/foo.yaml:1:1: [selectors]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void failOnWarningFailsOnTheBgpAvailabilityWarning(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        setVariableValueToObject(mojo, "failOn", "warning");

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("IPsec profile check failed: 3 findings at or above failOn=warning:")
                .hasMessageContaining("warning src/main/ipsec/bgp.yaml:29:3: [availability-unknown]")
                .hasMessageContaining("warning src/main/ipsec/bgp.yaml:4:9: [ipsec-v2-obsolete]")
                .hasMessageContaining("warning src/main/ipsec/bgp.yaml:18:7: [ikev1-historic]");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aMalformedDescriptorFailsWithItsLocation(CheckMojo mojo) throws Exception {
        descriptorText(
                "bad.yaml",
                "schema: ipsec-profile/1\nid: bad\nprotocol: {name: Foo}\nipsec: {version: 2}\nprotecton: {}\n");

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("error src/main/ipsec/bad.yaml:5:1: [descriptor]")
                .hasMessageContaining("did you mean 'protection'");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void skipReadsNothingAndWritesNothing(CheckMojo mojo) throws Exception {
        descriptorText("broken.yaml", "schema: [\n");
        setVariableValueToObject(mojo, "skip", true);

        configure(mojo).execute();

        assertThat(log.lines).containsExactly("[INFO] IPsec profile: skipped (ipsec-profile.skip is true).");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aProjectWithoutDescriptorsLogsOneInfoLine(CheckMojo mojo) throws Exception {
        configure(mojo).execute();

        assertThat(log.lines)
                .singleElement()
                .asString()
                .startsWith("[INFO] IPsec profile: no descriptors in ")
                .endsWith("(includes **/*.yaml, **/*.yml); nothing to check.");
        assertThat(findingsJson()).contains("\"findings\": []");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnknownFailOnValueIsAConfigurationError(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "failOn", "warnings");

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("failOn 'warnings' is not valid: write error, warning, info or none");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnknownEncodingIsAConfigurationError(CheckMojo mojo) throws Exception {
        setVariableValueToObject(mojo, "encoding", "UTF-9");

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("encoding 'UTF-9' is not a character set Java knows: write one such as UTF-8 in"
                        + " <encoding> or project.build.sourceEncoding");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aDraftThatCannotBeReadStopsTheGoalNamingIt(CheckMojo mojo) throws Exception {
        // Reading /proc/self/mem from its start fails, even for root, which chmod cannot stop (a link
        // to it from the project would lead outside the draft directory and not be read at all).
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isRegularFile(Path.of("/proc/self/mem")), "needs Linux's /proc");
        Path proc = Path.of("/proc/self").toRealPath();
        configure(mojo);
        setVariableValueToObject(mojo, "draftDirectory", proc.toFile());
        setVariableValueToObject(mojo, "draftIncludes", List.of("mem"));

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Cannot read the drafts in " + proc + ":\n  ")
                .hasMessageContaining("/mem: cannot be read (IOException: ");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnknownRuleInRuleSeveritiesSuggestsTheNearestId(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        setVariableValueToObject(mojo, "ruleSeverities", Map.of("nat-travresal", "error"));

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("did you mean 'nat-traversal'");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void ruleSeveritiesTurnARuleOffAndRaiseAnother(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        setVariableValueToObject(
                mojo, "ruleSeverities", Map.of("port-selectors", "off", "availability-unknown", "error"));

        assertThatThrownBy(configure(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("error src/main/ipsec/bgp.yaml:29:3: [availability-unknown]");
        assertThat(log.lines).noneMatch(l -> l.contains("[port-selectors]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void excludesLeaveFilesOut(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        Files.createDirectories(project.resolve("src/main/ipsec/drafts"));
        descriptorText("drafts/wip.yaml", "not: [a profile\n");
        setVariableValueToObject(mojo, "excludes", List.of("drafts/**"));

        configure(mojo).execute();

        assertThat(findingsJson()).doesNotContain("wip.yaml");
    }

    private CheckMojo committed(CheckMojo mojo) throws IllegalAccessException {
        configure(mojo);
        setVariableValueToObject(
                mojo, "outputDirectory", project.resolve("generated").toFile());
        setVariableValueToObject(mojo, "formats", List.of("xml2rfc", "markdown", "text"));
        setVariableValueToObject(mojo, "markdownHeadingLevel", 1);
        return mojo;
    }

    /** What generate writes for the project's descriptors, written to {@code generated/} as a commit would hold it. */
    private void commitGeneratedFragments() throws Exception {
        CheckResult result = new ProjectChecker()
                .check(new CheckRequest(
                        project, project.resolve("src/main/ipsec"), null, null, RuleSettings.defaults()));
        OutputFile.writeAll(
                project.resolve("generated"),
                new FragmentRenderer(new TemplateEngine(null), ReferenceLibrary.standard())
                        .render(new RenderRequest(result.profiles(), result.findings(), Set.of(Format.values()), 1)));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void missingCommittedFragmentsAreStale(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");

        assertThatThrownBy(() -> committed(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("error generated/xml2rfc/ipsec-profile-bgp.xml:1:1: [stale-fragment] ")
                .hasMessageContaining("error generated/markdown/references.yaml:1:1: [stale-fragment] ")
                .hasMessageContaining("mvn ipsec-profile:generate");
        assertThat(log.lines)
                .anyMatch(l ->
                        l.startsWith("[ERROR] generated/text/security-considerations.txt:1:1:" + " [stale-fragment] "));
        assertThat(findingsJson()).contains("\"rule\": \"stale-fragment\"");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void currentCommittedFragmentsPass(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        commitGeneratedFragments();

        committed(mojo).execute();

        assertThat(log.lines).noneMatch(l -> l.contains("stale-fragment"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anEditedCommittedFragmentIsStaleAtTheEditedLine(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");
        commitGeneratedFragments();
        Path text = project.resolve("generated/text/ipsec-profile-bgp.txt");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(text));
        lines.set(4, lines.get(4) + " edited by hand");
        Files.write(text, lines);

        assertThatThrownBy(() -> committed(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("1 finding at or above failOn=error")
                .hasMessageContaining("generated/text/ipsec-profile-bgp.txt:5:1: [stale-fragment] ");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void committedFragmentsAreNotComparedWhileTheDescriptorsFail(CheckMojo mojo) throws Exception {
        descriptor("foo.yaml", "missing-items.yaml");

        assertThatThrownBy(() -> committed(mojo).execute())
                .isInstanceOf(MojoFailureException.class)
                .message()
                .doesNotContain("stale-fragment");
        assertThat(log.lines).anyMatch(l -> l.contains("committed fragments in") && l.contains("not compared"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void fragmentsInTheBuildDirectoryAreNotCompared(CheckMojo mojo) throws Exception {
        descriptor("bgp.yaml", "bgp.yaml");

        configure(mojo).execute();

        assertThat(log.lines).noneMatch(l -> l.contains("stale-fragment") || l.contains("not compared"));
    }

    private static String messageOf(String rule) throws Exception {
        return new ProfileChecker(RuleSettings.defaults())
                        .check(new DescriptorParser()
                                .parse(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), "bgp.yaml")
                                .profile())
                        .stream()
                        .filter(f -> f.rule().equals(rule))
                        .findFirst()
                        .orElseThrow()
                        .message();
    }
}
