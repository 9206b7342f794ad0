package org.ipsecprofile.mojo;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.ipsecprofile.report.ComplianceReportRendererTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report page and {@code check} on one project, descriptors and drafts alike: the page lists
 * the findings {@code findings.json} holds, in the same order, and counts them the same.
 */
@MojoTest
class ReportAgreesWithCheckTest {

    @TempDir
    Path project;

    private void projectWithDescriptorAndDrafts() throws Exception {
        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/full.yaml"), project.resolve("src/main/ipsec/sip.yaml"));
        Files.writeString(
                project.resolve("src/main/ipsec/bgp.yaml"),
                Files.readString(Path.of("src/test/resources/descriptors/valid/bgp.yaml"), StandardCharsets.UTF_8)
                        + "suppress:\n  - rule: port-selectors\n    justification: BGP uses only its registered port 179.\n",
                StandardCharsets.UTF_8);
        Files.writeString(project.resolve("draft-foo.xml"), ReportMojoTest.MANDATING_DRAFT, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("draft-bar.md"), """
                ---
                title: Bar
                ---

                --- abstract

                Bar carries foo.

                --- middle

                # Security

                Bar peers SHOULD use ESP in transport mode.
                Routers MUST use IPsec as well. <!-- ipsec-profile:ignore -->

                IPsec is one option; see RFC 4301.
                """, StandardCharsets.UTF_8);
    }

    /** Each finding as {@code rule file:line:column}, in the order the list holds them. */
    private static List<String> fromJson(JsonNode findings, boolean suppressed) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.get("suppressed").asBoolean() == suppressed) {
                out.add(f.get("rule").asText() + " " + f.get("file").asText() + ":"
                        + f.get("line").asInt() + ":" + f.get("column").asInt());
            }
        }
        return out;
    }

    private static List<String> fromPage(List<String> page, String anchor) {
        return ReportMojoTest.rows(page, anchor).stream()
                .map(row -> row.get(1) + " " + row.get(4))
                .toList();
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/projects/check/pom.xml")
    void thePageShowsTheFindingsCheckWritesToFindingsJson(CheckMojo check) throws Exception {
        projectWithDescriptorAndDrafts();
        setVariableValueToObject(check, "baseDirectory", project.toFile());
        setVariableValueToObject(
                check, "buildDirectory", project.resolve("target").toFile());
        setVariableValueToObject(
                check, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(check, "draftDirectory", project.toFile());
        setVariableValueToObject(
                check,
                "outputDirectory",
                project.resolve("target/generated-sources/ipsec-profile").toFile());
        check.setLog(new RecordingLog());
        ReportMojo report = new ReportMojo();
        MavenProject mavenProject = new MavenProject();
        mavenProject.setFile(project.resolve("pom.xml").toFile());
        setVariableValueToObject(report, "project", mavenProject);
        setVariableValueToObject(
                report, "descriptorDirectory", project.resolve("src/main/ipsec").toFile());
        setVariableValueToObject(report, "draftDirectory", project.toFile());
        setVariableValueToObject(
                report, "reportOutputDirectory", project.resolve("target/site").toFile());
        report.setLog(new RecordingLog());

        assertThatThrownBy(check::execute).isInstanceOf(MojoFailureException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.generate(new Xhtml5SinkFactory().createSink(out, "UTF-8"), Locale.ENGLISH);

        JsonNode json = new ObjectMapper()
                .readTree(project.resolve("target/ipsec-profile/findings.json").toFile());
        List<String> page = ComplianceReportRendererTest.content(
                ComplianceReportRendererTest.parse(out.toString(StandardCharsets.UTF_8)));
        List<String> open = fromJson(json.get("findings"), false);
        assertThat(open)
                .as("the project has descriptor and draft findings")
                .anyMatch(f -> f.startsWith("just-use-ipsec draft-foo.xml:"))
                .anyMatch(f -> f.startsWith("just-use-ipsec draft-bar.md:"))
                .anyMatch(f -> f.contains(" src/main/ipsec/sip.yaml:"))
                .anyMatch(f -> f.contains(" src/main/ipsec/bgp.yaml:"));
        assertThat(fromJson(json.get("findings"), true))
                .anyMatch(f -> f.startsWith("just-use-ipsec draft-bar.md:"))
                .anyMatch(f -> f.startsWith("port-selectors src/main/ipsec/bgp.yaml:"));
        assertThat(fromPage(page, "findings")).isEqualTo(open);
        assertThat(fromPage(page, "suppressed-findings")).isEqualTo(fromJson(json.get("findings"), true));
        assertThat(ReportMojoTest.summary(page).subList(2, 5))
                .containsExactly(
                        json.get("errors").asText(),
                        json.get("warnings").asText(),
                        json.get("infos").asText());
    }
}
