package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.project.CheckRequest;
import org.ipsecprofile.project.CheckResult;
import org.ipsecprofile.project.ProjectChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The draft scan joined to a descriptor check, as check, generate and report run it. */
class CheckedProjectTest {

    private static final String MANDATE = "<rfc version=\"3\">\n<middle>\n<section><name>S</name>\n"
            + "<t>Implementations MUST use IPsec.</t>\n</section>\n</middle>\n</rfc>\n";

    @TempDir
    Path project;

    private CheckResult descriptors() throws IOException {
        return new ProjectChecker()
                .check(new CheckRequest(
                        project, project.resolve("src/main/ipsec"), null, null, RuleSettings.defaults()));
    }

    private DraftSelection drafts() {
        return new DraftSelection(project, project, null, null, StandardCharsets.UTF_8);
    }

    @Test
    void draftFindingsJoinTheDescriptorsFindingsInReportOrder() throws IOException {
        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));
        Files.writeString(project.resolve("draft-z.xml"), MANDATE);
        Files.writeString(project.resolve("draft-a.xml"), MANDATE);

        CheckedProject checked = CheckedProject.scanDrafts(descriptors(), drafts());

        assertThat(checked.drafts().draftCount()).isEqualTo(2);
        assertThat(checked.result().descriptorCount()).isEqualTo(1);
        assertThat(checked.result().findings())
                .extracting(Finding::file)
                .containsExactly(
                        "draft-a.xml",
                        "draft-z.xml",
                        "src/main/ipsec/bgp.yaml",
                        "src/main/ipsec/bgp.yaml",
                        "src/main/ipsec/bgp.yaml",
                        "src/main/ipsec/bgp.yaml",
                        "src/main/ipsec/bgp.yaml");
    }

    @Test
    void theScanIsToldWhetherTheProjectHasDescriptors() throws IOException {
        String including = MANDATE.replace(
                "<section>",
                "<xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/>\n<section>");
        Files.writeString(project.resolve("draft-a.xml"), including);

        assertThat(CheckedProject.scanDrafts(descriptors(), drafts()).result().findings())
                .as("no descriptor: the include backs nothing")
                .extracting(Finding::rule)
                .containsExactly("just-use-ipsec");

        Files.createDirectories(project.resolve("src/main/ipsec"));
        Files.copy(
                Path.of("src/test/resources/descriptors/valid/bgp.yaml"), project.resolve("src/main/ipsec/bgp.yaml"));

        assertThat(CheckedProject.scanDrafts(descriptors(), drafts()).result().findings())
                .extracting(Finding::rule)
                .doesNotContain("just-use-ipsec");
    }

    @Test
    void withoutDraftsTheDescriptorCheckIsUnchanged() throws IOException {
        CheckResult descriptors = descriptors();

        CheckedProject checked = CheckedProject.scanDrafts(descriptors, drafts());

        assertThat(checked.result()).isEqualTo(descriptors);
        assertThat(checked.drafts()).isEqualTo(new DraftScanResult(0, List.of(), List.of(), List.of()));
    }
}
