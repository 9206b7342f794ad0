package org.ipsecprofile.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.render.TemplateProblem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core call every goal makes, without Maven: a project folder, a request, and what the result says. */
class GenerationTest {

    /** A draft whose only IPsec sentence mandates it. */
    private static final String MANDATING_DRAFT = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rfc version="3" docName="draft-foo-00">
              <front><title>Foo</title></front>
              <middle>
                <section anchor="security">
                  <name>Security</name>
                  <t>Implementations MUST use IPsec to protect the sessions.</t>
                </section>
              </middle>
            </rfc>
            """;

    @TempDir
    Path project;

    private final RecordingBuildLog log = new RecordingBuildLog(true);

    /** The lines logged, as {@code [LEVEL] text}. */
    private final List<String> logged = log.lines();

    @BeforeEach
    void bgpExample() throws IOException {
        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));
    }

    private Path output() {
        return project.resolve("target/generated-sources/ipsec-profile");
    }

    private GenerationRequest request(Goal goal, String failOn, Path outputDirectory) {
        return request(goal, failOn, outputDirectory, null);
    }

    private GenerationRequest request(Goal goal, String failOn, Path outputDirectory, Path templateDirectory) {
        return new GenerationRequest(
                goal,
                new GenerationRequest.Inputs(
                        project, project.resolve("src/main/ipsec"), null, null, null, project, null, null, null),
                project.resolve("target"),
                failOn,
                null,
                new GenerationRequest.Rendering(
                        outputDirectory, List.of("xml2rfc,markdown,text"), templateDirectory, 1),
                GenerationRequest.Inlining.OFF,
                "1.2.3");
    }

    private GenerationRequest request(Goal goal) {
        return request(goal, "error", output());
    }

    private List<String> nonDebug() {
        return logged.stream().filter(line -> !line.startsWith("[DEBUG]")).toList();
    }

    @Test
    void generateChecksTheBgpExampleAndWritesEveryFragment() throws Exception {
        GenerationResult result = Generation.run(request(Goal.GENERATE), log);

        assertThat(result.failsTheBuild()).isFalse();
        assertThat(result.replayed()).isFalse();
        assertThat(result.check().findings())
                .extracting(Finding::rule)
                .containsExactly(
                        "ipsec-v2-obsolete",
                        "port-selectors",
                        "ikev1-historic",
                        "sender-address-check",
                        "availability-unknown");
        assertThat(result.files().written())
                .contains(
                        "xml2rfc/ipsec-profile-bgp.xml",
                        "xml2rfc/security-considerations.xml",
                        "markdown/ipsec-profile-bgp.md",
                        "markdown/references.yaml",
                        "text/ipsec-profile-bgp.txt");
        assertThat(result.files().unchanged()).isEmpty();
        for (String file : result.files().written()) {
            assertThat(output().resolve(file)).isRegularFile();
        }
        assertThat(project.resolve("target/ipsec-profile/findings.json")).isRegularFile();
        assertThat(project.resolve("target/ipsec-profile/findings.sarif"))
                .content(StandardCharsets.UTF_8)
                .contains("\"version\": \"1.2.3\"");
        assertThat(result.log())
                .extracting(line -> "[" + line.level() + "] " + line.text())
                .isEqualTo(nonDebug())
                .anyMatch(line -> line.startsWith("[INFO] src/main/ipsec/bgp.yaml:11:3: [port-selectors] "))
                .anyMatch(line -> line.startsWith("[WARNING] src/main/ipsec/bgp.yaml:29:3: [availability-unknown] "))
                .contains("[INFO] IPsec profile: 1 profile(s) checked: 0 error(s), 3 warning(s), 2 info(s).")
                .contains("[INFO] IPsec profile: " + result.files().written().size()
                        + " file(s) written, 0 unchanged, in " + output());
        assertThat(logged.get(logged.size() - 1)).isEqualTo("[DEBUG] IPsec profile: " + result.phaseTimes());
        assertThat(result.phaseTimes()).contains("parse ", "check ", "draft scan ", "render ", "write ");
    }

    @Test
    void anUnchangedSecondGenerateRepeatsItsLogAndReadsNothing() throws Exception {
        GenerationResult first = Generation.run(request(Goal.GENERATE), log);
        int files = first.files().all().size();
        logged.clear();

        GenerationResult second = Generation.run(request(Goal.GENERATE), log);

        assertThat(second.replayed()).isTrue();
        assertThat(second.check()).isNull();
        assertThat(second.files()).isNull();
        assertThat(second.phaseTimes())
                .startsWith("parse 0 ms (up to date), check 0 ms (up to date), draft scan 0 ms (up to date),"
                        + " render 0 ms (up to date), fingerprint ");
        assertThat(second.log())
                .isEqualTo(first.log().stream()
                        .map(line -> new LogLine(
                                line.level(),
                                line.text()
                                        .replace(
                                                files + " file(s) written, 0 unchanged",
                                                "0 file(s) written, " + files + " unchanged")))
                        .toList());
        assertThat(logged).anyMatch(line -> line.startsWith("[DEBUG] IPsec profile: nothing changed since the last"));
    }

    @Test
    void aChangedDescriptorIsCheckedAndRenderedAgain() throws Exception {
        Generation.run(request(Goal.GENERATE), log);
        Path descriptor = project.resolve("src/main/ipsec/bgp.yaml");
        Files.writeString(descriptor, Files.readString(descriptor).replace("loopback address", "loopback interface"));

        GenerationResult second = Generation.run(request(Goal.GENERATE), log);

        assertThat(second.replayed()).isFalse();
        assertThat(second.files().written()).contains("text/ipsec-profile-bgp.txt");
        assertThat(second.files().unchanged()).contains("text/security-considerations.txt");
        assertThat(output().resolve("text/ipsec-profile-bgp.txt")).content().contains("loopback interface");
    }

    @Test
    void aBrokenOverrideFixedBetweenTwoExecutionsInOneJvmRendersTheFixedOne() throws Exception {
        Path templates = project.resolve("src/main/ipsec-templates");
        Path override = templates.resolve("layout/text/ipsec-profile.txt.ftl");
        Files.createDirectories(override.getParent());
        Files.writeString(override, "<#if>\n");

        assertThatThrownBy(() -> Generation.run(request(Goal.GENERATE, "error", output(), templates), log))
                .isInstanceOf(TemplateProblem.class)
                .hasMessageContaining("layout/text/ipsec-profile.txt.ftl");

        // The same size, so only the modification time tells the engines' cache the file changed.
        Files.writeString(override, "fixed\n");
        Files.setLastModifiedTime(
                override,
                FileTime.fromMillis(Files.getLastModifiedTime(override).toMillis() + 2_000));
        GenerationResult fixed = Generation.run(request(Goal.GENERATE, "error", output(), templates), log);

        assertThat(fixed.failsTheBuild()).isFalse();
        assertThat(output().resolve("text/ipsec-profile-bgp.txt")).content().isEqualTo("fixed\n");
    }

    @Test
    void findingsAtFailOnFailTheBuildWithEveryOneInTheMessageAndNothingIsRendered() throws Exception {
        GenerationResult result = Generation.run(request(Goal.GENERATE, "warning", output()), log);

        assertThat(result.failsTheBuild()).isTrue();
        assertThat(result.failure().orElseThrow())
                .startsWith("IPsec profile check failed: 3 findings at or above failOn=warning:\n"
                        + "  warning src/main/ipsec/bgp.yaml:4:9: [ipsec-v2-obsolete] ")
                .contains("\n  warning src/main/ipsec/bgp.yaml:18:7: [ikev1-historic] ")
                .contains("\n  warning src/main/ipsec/bgp.yaml:29:3: [availability-unknown] ")
                .endsWith("All findings: " + project.resolve("target/ipsec-profile/findings.json"));
        assertThat(result.files()).isNull();
        assertThat(output()).doesNotExist();
        assertThat(project.resolve("target/ipsec-profile/findings.json")).isRegularFile();
        assertThat(project.resolve("target/ipsec-profile/" + Generation.EXECUTION_RECORD))
                .doesNotExist();
    }

    @Test
    void checkWritesTheFindingsFilesAndNoFragment() throws Exception {
        GenerationResult result = Generation.run(request(Goal.CHECK), log);

        assertThat(result.failsTheBuild()).isFalse();
        assertThat(result.files()).isNull();
        assertThat(result.check().findings()).hasSize(5);
        assertThat(project.resolve("target/ipsec-profile/findings.json")).isRegularFile();
        assertThat(output()).doesNotExist();
    }

    @Test
    void checkReportsCommittedFragmentsThatAreMissing() throws Exception {
        GenerationResult result = Generation.run(request(Goal.CHECK, "error", project.resolve("generated")), log);

        assertThat(result.check().findings())
                .filteredOn(finding -> finding.rule().equals("stale-fragment"))
                .extracting(Finding::file)
                .contains("generated/xml2rfc/ipsec-profile-bgp.xml", "generated/markdown/references.yaml");
        assertThat(result.failure().orElseThrow()).contains("[stale-fragment]");
    }

    @Test
    void checkFailsOnADraftThatMandatesIpsecWithoutIncludingTheProfile() throws Exception {
        Files.writeString(project.resolve("draft-foo.xml"), MANDATING_DRAFT);

        GenerationResult result = Generation.run(request(Goal.CHECK), log);

        assertThat(result.drafts().draftCount()).isEqualTo(1);
        assertThat(result.check().findings())
                .filteredOn(finding -> finding.rule().equals("just-use-ipsec"))
                .singleElement()
                .extracting(Finding::file, Finding::line)
                .containsExactly("draft-foo.xml", 7);
        assertThat(result.failure()).isPresent();
    }

    @Test
    void aSettingTheCoreCannotUseStopsTheGoalNamingIt() {
        assertThatThrownBy(() -> Generation.run(request(Goal.CHECK, "warnings", output()), log))
                .isInstanceOf(GenerationException.class)
                .hasMessage("failOn 'warnings' is not valid: write error, warning, info or none in <failOn> or"
                        + " -Dipsec-profile.failOn");
        assertThat(project.resolve("target")).doesNotExist();
    }

    @Test
    void reportGathersTheFindingsOfDescriptorsAndDraftsAndWritesNothing() throws Exception {
        Files.writeString(project.resolve("draft-foo.xml"), MANDATING_DRAFT);
        GenerationRequest.Inputs inputs = new GenerationRequest.Inputs(
                project,
                project.resolve("src/main/ipsec"),
                null,
                null,
                Map.of("port-selectors", "off"),
                project,
                null,
                List.of("draft-old.*"),
                null);

        GenerationResult result = Generation.report(inputs, log);

        assertThat(result.check().findings())
                .extracting(Finding::rule)
                .containsExactly(
                        "just-use-ipsec",
                        "ipsec-v2-obsolete",
                        "ikev1-historic",
                        "sender-address-check",
                        "availability-unknown");
        assertThat(result.failsTheBuild()).isFalse();
        assertThat(result.reportSources().descriptorDirectory()).isEqualTo("src/main/ipsec");
        assertThat(result.reportSources().drafts().directory()).isEmpty();
        assertThat(result.reportSources().drafts().count()).isEqualTo(1);
        assertThat(result.reportSources().drafts().excludes()).containsExactly("draft-old.*");
        assertThat(logged).isEmpty();
        assertThat(project.resolve("target")).doesNotExist();
    }
}
