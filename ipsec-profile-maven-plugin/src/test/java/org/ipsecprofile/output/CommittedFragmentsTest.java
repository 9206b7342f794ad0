package org.ipsecprofile.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPEC §5.1: committed fragments are compared with what generate would write now. */
class CommittedFragmentsTest {

    @TempDir
    Path project;

    private final SortedMap<String, String> expected = new TreeMap<>();

    private Path output() {
        return project.resolve("generated");
    }

    private void commit(String relative, String content) throws Exception {
        Path file = output().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private List<Finding> compare() throws Exception {
        return CommittedFragments.compare(project, output(), expected);
    }

    @Test
    void fragmentsThatMatchAreNotReported() throws Exception {
        expected.put("xml2rfc/ipsec-profile-bgp.xml", "<section/>\n");
        commit("xml2rfc/ipsec-profile-bgp.xml", "<section/>\n");

        assertThat(compare()).isEmpty();
    }

    @Test
    void aMissingFragmentIsStaleAtLineOne() throws Exception {
        expected.put("markdown/ipsec-profile-bgp.md", "# BGP\n");

        List<Finding> findings = compare();

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("stale-fragment");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.section()).isNull();
            assertThat(f.file()).isEqualTo("generated/markdown/ipsec-profile-bgp.md");
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(1);
            assertThat(f.suppressed()).isFalse();
            assertThat(f.message()).contains("missing").contains("mvn ipsec-profile:generate");
        });
    }

    @Test
    void aDifferingFragmentIsStaleAtItsFirstDifferentLine() throws Exception {
        expected.put("text/ipsec-profile-bgp.txt", "one\ntwo\nthree\n");
        commit("text/ipsec-profile-bgp.txt", "one\ntwo\nTHREE\n");

        assertThat(compare()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("generated/text/ipsec-profile-bgp.txt");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.message()).contains("first at line 3").contains("mvn ipsec-profile:generate");
        });
    }

    @Test
    void lineEndingsDoNotMakeAFragmentStale() throws Exception {
        expected.put("text/ipsec-profile-bgp.txt", "one\ntwo\n");
        commit("text/ipsec-profile-bgp.txt", "one\r\ntwo\r\n");

        assertThat(compare()).isEmpty();
    }

    @Test
    void firstDifferentLineCoversShorterAndLongerFiles() {
        assertThat(CommittedFragments.firstDifferentLine("a\nb\n", "a\nb\n")).isZero();
        assertThat(CommittedFragments.firstDifferentLine("a\n", "a\nb\n")).isEqualTo(2);
        assertThat(CommittedFragments.firstDifferentLine("a\nb\nc\n", "a\nb\n")).isEqualTo(3);
        assertThat(CommittedFragments.firstDifferentLine("", "a\n")).isEqualTo(1);
        assertThat(CommittedFragments.firstDifferentLine("a", "a\n")).isEqualTo(1);
    }

    @Test
    void aGeneratedNameThatIsNoLongerGeneratedIsStale() throws Exception {
        expected.put("xml2rfc/ipsec-profile-bgp.xml", "<section/>\n");
        commit("xml2rfc/ipsec-profile-bgp.xml", "<section/>\n");
        commit("xml2rfc/ipsec-profile-old.xml", "<section/>\n");
        commit("xml2rfc/bibxml/reference.RFC.2402.xml", "<reference/>\n");
        commit("text/security-considerations.txt", "old\n");

        assertThat(compare())
                .extracting(Finding::file)
                .containsExactly(
                        "generated/xml2rfc/bibxml/reference.RFC.2402.xml",
                        "generated/xml2rfc/ipsec-profile-old.xml",
                        "generated/text/security-considerations.txt");
        assertThat(compare()).allMatch(f -> f.message().contains("no longer generated") && f.line() == 1);
    }

    @Test
    void filesThePluginNeverWritesAreLeftAlone() throws Exception {
        commit("xml2rfc/my-own-notes.xml", "<t/>\n");
        commit("README.md", "about these files\n");
        commit("other/ipsec-profile-x.xml", "<t/>\n");

        assertThat(compare()).isEmpty();
    }

    @Test
    void aDirectoryWhereAFragmentBelongsIsStale() throws Exception {
        expected.put("xml2rfc/security-considerations.xml", "<section/>\n");
        Files.createDirectories(output().resolve("xml2rfc/security-considerations.xml"));

        assertThat(compare())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not a regular file"));
    }

    @Test
    void fragmentsAreCommittedWhenTheOutputLiesOutsideTheBuildDirectory() {
        Path build = project.resolve("target");

        assertThat(CommittedFragments.isCommitted(project.resolve("generated"), build))
                .isTrue();
        assertThat(CommittedFragments.isCommitted(project.resolve("target-fragments"), build))
                .isTrue();
        assertThat(CommittedFragments.isCommitted(build.resolve("generated-sources/ipsec-profile"), build))
                .isFalse();
        assertThat(CommittedFragments.isCommitted(build.resolve("a/../b"), build))
                .isFalse();
        assertThat(CommittedFragments.isCommitted(build.resolve("../generated"), build))
                .isTrue();
    }
}
