package org.ipsecprofile.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSettings;
import org.ipsecprofile.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole check of a project, from files on disk to sorted findings, without Maven. */
class ProjectCheckerTest {

    private static final Path BGP = Path.of("src/test/resources/descriptors/valid/bgp.yaml");

    @TempDir
    Path project;

    private CheckResult check() throws IOException {
        return new ProjectChecker()
                .check(new CheckRequest(
                        project, project.resolve("src/main/ipsec"), null, null, RuleSettings.defaults()));
    }

    private void write(String relative, String content) throws IOException {
        Path file = project.resolve("src/main/ipsec").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void descriptorsInALinkedFolderAreNotFoundAndALinkedFileOutsideIsNotRead(@TempDir Path elsewhere)
            throws IOException {
        write("bgp.yaml", Files.readString(BGP));
        Files.writeString(elsewhere.resolve("other.yaml"), Files.readString(BGP).replace("id: bgp", "id: other"));
        Files.createSymbolicLink(project.resolve("src/main/ipsec/linked"), elsewhere);
        Files.createSymbolicLink(project.resolve("src/main/ipsec/outside.yaml"), elsewhere.resolve("other.yaml"));
        Files.createSymbolicLink(
                project.resolve("src/main/ipsec/alias.yml"), project.resolve("src/main/ipsec/bgp.yaml"));

        CheckResult result = check();

        assertThat(result.descriptorCount())
                .as("bgp.yaml, alias.yml and outside.yaml; nothing below linked/")
                .isEqualTo(3);
        assertThat(result.findings())
                .filteredOn(f -> f.rule().equals("descriptor"))
                .extracting(Finding::file, Finding::message)
                .anySatisfy(t -> assertThat(t.toList())
                        .containsExactly(
                                "src/main/ipsec/outside.yaml",
                                "the file is a symbolic link to a file outside the descriptor directory and is not read; copy"
                                        + " the descriptor into the project instead of linking to it"));
        assertThat(result.findings()).extracting(Finding::file).doesNotContain("src/main/ipsec/linked/other.yaml");
    }

    @Test
    void theBgpExampleYieldsExactlyItsFiveFindings() throws IOException {
        write("bgp.yaml", Files.readString(BGP));

        CheckResult result = check();

        assertThat(result.profileRefs()).containsExactly(new ProfileRef("bgp", "src/main/ipsec/bgp.yaml"));
        assertThat(result.findings())
                .extracting(Finding::rule, Finding::severity)
                .containsExactlyInAnyOrder(
                        tuple("port-selectors", Severity.INFO),
                        tuple("sender-address-check", Severity.INFO),
                        tuple("availability-unknown", Severity.WARNING),
                        tuple("ipsec-v2-obsolete", Severity.WARNING),
                        tuple("ikev1-historic", Severity.WARNING));
        assertThat(result.count(Severity.ERROR)).isZero();
    }

    @Test
    void aSecondProfileWithTheSameIdIsADescriptorErrorNamingTheFirstFile() throws IOException {
        String bgp = Files.readString(BGP);
        write("a/bgp.yaml", bgp);
        write("b/bgp-copy.yml", bgp);

        CheckResult result = check();

        assertThat(result.profileRefs()).extracting(ProfileRef::file).containsExactly("src/main/ipsec/a/bgp.yaml");
        Finding duplicate = result.findings().stream()
                .filter(f -> f.rule().equals("descriptor"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.file()).isEqualTo("src/main/ipsec/b/bgp-copy.yml");
        assertThat(duplicate.line()).isEqualTo(2);
        assertThat(duplicate.message()).contains("id 'bgp' is already used by src/main/ipsec/a/bgp.yaml");
        assertThat(result.findings())
                .filteredOn(f -> f.file().endsWith("bgp-copy.yml"))
                .hasSize(1);
    }

    @Test
    void findingsOfSeveralFilesComeSortedByFileLineColumnAndRule() throws IOException {
        write("z.yaml", Files.readString(BGP).replace("id: bgp", "id: zeta"));
        write("a.yaml", "schema: ipsec-profile/1\nid: alpha\nprotocol: {name: A}\nipsec: {version: 3}\n");

        List<Finding> findings = check().findings();

        assertThat(findings).isSortedAccordingTo(Finding.REPORT_ORDER);
        assertThat(findings.get(0).file()).isEqualTo("src/main/ipsec/a.yaml");
        assertThat(findings.get(findings.size() - 1).file()).isEqualTo("src/main/ipsec/z.yaml");
    }

    @Test
    void aBrokenDescriptorDoesNotStopTheOthersFromBeingChecked() throws IOException {
        write("bgp.yaml", Files.readString(BGP));
        write("broken.yaml", "schema: [\n");

        CheckResult result = check();

        assertThat(result.descriptorCount()).isEqualTo(2);
        assertThat(result.profileRefs()).extracting(ProfileRef::id).containsExactly("bgp");
        assertThat(result.findings())
                .filteredOn(f -> f.file().endsWith("broken.yaml"))
                .singleElement()
                .extracting(Finding::rule)
                .isEqualTo("descriptor");
        assertThat(result.findings()).anyMatch(f -> f.rule().equals("port-selectors"));
    }

    @Test
    void anAbsentDescriptorDirectoryMeansNoDescriptors() throws IOException {
        CheckResult result = check();

        assertThat(result.descriptorCount()).isZero();
        assertThat(result.findings()).isEmpty();
    }
}
