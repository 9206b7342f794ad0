package org.ipsecprofile.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract the renderer's Markdown follows: a draft that includes a generated section and takes
 * a generated {@code references.yaml} (entries with {@code override: true} and full data) converts
 * with kramdown-rfc 1.6.22 offline, with the reference written out in full.
 */
class KramdownRfcTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsKramdownRfc() {
        KramdownRfc.assumeAvailable();
    }

    @Test
    void anInlineReferenceEntryConvertsOffline() throws IOException {
        KramdownRfc.Result result = convert(
                TestResources.text("kramdown/references.yaml"),
                TestResources.text("kramdown/ipsec-profile-example.md"));

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.xml())
                .contains("<reference anchor=\"RFC4301\"")
                .contains("<title>Security Architecture for the Internet Protocol</title>")
                .contains("<author initials=\"S.\" surname=\"Kent\" fullname=\"S. Kent\">")
                .contains("<author initials=\"K.\" surname=\"Seo\" fullname=\"K. Seo\">")
                .contains("<date year=\"2005\" month=\"December\"/>")
                .contains("<seriesInfo name=\"RFC\" value=\"4301\"/>")
                .contains("<seriesInfo name=\"DOI\" value=\"10.17487/RFC4301\"/>")
                .contains("<xref target=\"RFC4301\"/>")
                .contains("<section anchor=\"ipsec-profile-example\">")
                .contains("<bcp14>MUST</bcp14>")
                .doesNotContain("BROKEN REFERENCE")
                .doesNotContainPattern("<!ENTITY\\s+\\S+\\s+SYSTEM");
        assertThat(result.stderr()).doesNotContain("overwriting");
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theReferenceIsListedAmongTheNormativeOnes() throws IOException {
        String xml = convert(
                        TestResources.text("kramdown/references.yaml"),
                        TestResources.text("kramdown/ipsec-profile-example.md"))
                .xml();
        String normative = xml.substring(xml.indexOf("<references title='Normative References'>"));
        assertThat(normative.substring(0, normative.indexOf("</references>")))
                .contains("anchor=\"RFC4301\"")
                .contains("anchor=\"RFC2119\"")
                .contains("anchor=\"RFC8174\"");
    }

    @Test
    void anEditorAndAnInformativeEntryConvertOffline() throws IOException {
        String references = """
                normative:
                informative:
                  RFC4960:
                    override: true
                    title: Stream Control Transmission Protocol
                    author:
                      - initials: R.
                        surname: Stewart
                        fullname: R. Stewart
                        role: editor
                    date: 2007-09
                    seriesinfo:
                      RFC: "4960"
                      DOI: 10.17487/RFC4960
                  RFC2661:
                    override: true
                    title: Layer Two Tunneling Protocol "L2TP"
                    author:
                      - initials: W.
                        surname: Townsley
                        fullname: W. Townsley
                    date: 1999-08
                    seriesinfo:
                      RFC: "2661"
                      DOI: 10.17487/RFC2661
                """;
        String section = "# Transport {#transport}\n\nSCTP {{RFC4960}} and L2TP {{RFC2661}} are out of scope.\n";
        KramdownRfc.Result result = convert(references, section);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.xml())
                .contains("<references title='Informative References'>")
                .contains("<author initials=\"R.\" surname=\"Stewart\" fullname=\"R. Stewart\" role=\"editor\">")
                .contains("<title>Layer Two Tunneling Protocol \"L2TP\"</title>")
                .contains("<date year=\"2007\" month=\"September\"/>")
                .doesNotContain("BROKEN REFERENCE");
    }

    @Test
    void aReferenceWithoutAnEntryIsNotFetched() throws IOException {
        // {{!RFC4302}} asks kramdown-rfc for the RFC Editor's citation file; offline it must not fetch it
        String section = "# Extra {#extra}\n\nAH {{!RFC4302}} is not used.\n";
        KramdownRfc.Result result = convert(TestResources.text("kramdown/references.yaml"), section);

        assertThat(result.xml()).contains("<reference anchor='RFC4302'> <front> <title>*** BROKEN REFERENCE ***");
        assertThat(result.stderr()).contains("KRAMDOWN_OFFLINE").doesNotContain("fetching");
    }

    @Test
    void anEntryCitedWithAnExclamationMarkIsOverwritten() throws IOException {
        // why the renderer writes plain {{RFC4301}}: {{!RFC4301}} replaces the header entry with a fetched one
        String section = "# Extra {#extra}\n\nSee {{!RFC4301}}.\n";
        KramdownRfc.Result result = convert(TestResources.text("kramdown/references.yaml"), section);

        assertThat(result.stderr()).contains("*** overwriting RFC4301");
        assertThat(result.xml()).contains("BROKEN REFERENCE");
    }

    @Test
    void referencesYamlMayHoldOnlyNormativeInformativeAndRef() {
        assertThatThrownBy(() -> KramdownDraft.markdown("title: x\nnormative:\n", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'title:'");
    }

    @Test
    void theDraftHeaderHasNoClosingLineAndTheAbstractEndsIt() {
        String md = KramdownDraft.markdown("---\nnormative:\ninformative:\n...\n", List.of("a.md"));
        assertThat(md).startsWith("---\n");
        assertThat(md.lines().filter("---"::equals)).hasSize(1);
        assertThat(md)
                .contains("\n--- abstract\n")
                .contains("{::boilerplate bcp14-tagged}")
                .contains("\n{::include a.md}\n")
                .endsWith("\n--- back\n");
    }

    private KramdownRfc.Result convert(String referencesYaml, String section) throws IOException {
        Files.createDirectories(dir.resolve("markdown"));
        Files.writeString(dir.resolve("markdown/section.md"), section, StandardCharsets.UTF_8);
        Path draft = Files.writeString(
                dir.resolve("draft.md"),
                KramdownDraft.markdown(referencesYaml, List.of("markdown/section.md")),
                StandardCharsets.UTF_8);
        return KramdownRfc.convert(draft, dir);
    }
}
