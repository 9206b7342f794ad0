package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ipsecprofile.scan.DraftScans.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.check.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One behaviour of the draft scan each: what it reports, where, and what it leaves alone. */
class DraftScannerTest {

    private static final String MANDATE = "Implementations MUST use IPsec.";

    @TempDir
    Path project;

    private static List<Finding> scanWithDescriptors(String name, String source) {
        return new DraftScanner().scanText(name, source, DraftFormat.of(name), true);
    }

    private static String xml(String middle) {
        return "<rfc version=\"3\">\n<middle>\n<section><name>S</name>\n" + middle
                + "\n</section>\n</middle>\n</rfc>\n";
    }

    private static String markdown(String middle) {
        return "---\ntitle: T\n---\n\n--- abstract\n\nAbstract.\n\n--- middle\n\n# Section\n\n" + middle + "\n";
    }

    // What a finding says and where it stands

    @Test
    void aMandateIsAnErrorOfRuleJustUseIpsecAtTheSentenceStart() {
        List<Finding> findings = scan("draft-a.xml", xml("<t>Intro. " + MANDATE + "</t>"));

        assertThat(findings)
                .extracting(
                        Finding::rule,
                        Finding::severity,
                        Finding::section,
                        Finding::profile,
                        Finding::file,
                        Finding::line,
                        Finding::column)
                .containsExactly(tuple("just-use-ipsec", Severity.ERROR, "1, 8", null, "draft-a.xml", 4, 11));
        assertThat(findings.get(0).message())
                .contains(
                        "\"Implementations MUST use IPsec.\"",
                        "MUST",
                        "mvn ipsec-profile:init",
                        "<xi:include",
                        "ipsec-profile-<id>.xml");
    }

    @Test
    void theQuotedSentenceCarriesNoTerminalCodesFromTheDraft() {
        List<Finding> findings = scan("draft-a.md", markdown("Peers\u001b[31m MUST use IPsec."));

        assertThat(findings)
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("\\u001B[31m MUST")
                .doesNotContainPattern("\\p{Cc}");
    }

    @Test
    void aSentenceSpanningLinesIsReportedAtItsFirstLineAndStartColumn() {
        String draft = xml("<t>\n      Each node <bcp14>SHOULD</bcp14> send its reports over\n      an IPsec SA.</t>");

        assertThat(scan("draft-a.xml", draft))
                .extracting(Finding::line, Finding::column)
                .containsExactly(tuple(5, 7));
    }

    @Test
    void theMarkdownMessageNamesTheKramdownInclude() {
        assertThat(scan("draft-a.md", markdown(MANDATE)).get(0).message())
                .contains("{::include target/generated-sources/ipsec-profile/markdown/ipsec-profile-<id>.md}");
    }

    @Test
    void everyCitationFormCountsAsNamingIpsec() {
        assertThat(scan("draft-a.xml", xml("<t>Peers MUST protect it as in <xref target=\"RFC4303\"/>.</t>")))
                .hasSize(1);
        assertThat(scan("draft-a.md", markdown("Peers MUST follow {{!RFC4301}}.")))
                .hasSize(1);
        assertThat(scan("draft-a.md", markdown("Peers MUST follow {{RFC2406}}.")))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   Peers MUST follow [RFC2401].\n")).hasSize(1);
        assertThat(scan("draft-a.txt", "   Peers MUST follow RFC 4302.\n")).hasSize(1);
        assertThat(scan("draft-a.txt", "   Peers MUST follow RFC 2402.\n")).hasSize(1);
        assertThat(scan("draft-a.txt", "   Peers MUST follow RFC 8446.\n")).isEmpty();
    }

    // The keyword policy

    @Test
    void mayAndOptionalAreNotMandates() {
        assertThat(scan("draft-a.txt", "   Peers MAY use IPsec.\n\n   IPsec is OPTIONAL.\n"))
                .isEmpty();
    }

    @Test
    void lowerCaseRequirementsAreWarningsCitingRfc8174() {
        List<Finding> findings = scan("draft-a.txt", "   Peers must use IPsec.\n");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("just-use-ipsec");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.column()).isEqualTo(4);
            assertThat(f.message()).contains("plain English").contains("not a BCP 14 keyword");
            assertThat(f.sources()).contains(RuleSource.rfc(8174, "2"), RuleSource.rfc5406("1, 8"));
        });
    }

    @Test
    void upperCaseRequirementsStayErrors() {
        assertThat(scan("draft-a.txt", "   Peers MUST use IPsec.\n"))
                .singleElement()
                .extracting(Finding::severity)
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void ikeAndPlainEnglishRequirementWordsCount() {
        assertThat(scan("draft-a.txt", "   IKEv2 MUST be supported by the mobile node.\n"))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   Support of IPsec is mandatory for all nodes.\n"))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   IPsec is mandatory-to-implement for clients.\n"))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   The implementation of IPsec and IKE is required.\n"))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   IKE should be used for key management.\n"))
                .hasSize(1);
    }

    @Test
    void aRequirementReachesPastALongSubjectAndThroughAPronoun() {
        assertThat(scan(
                        "draft-a.txt",
                        "   IPsec authentication, data integrity, and confidentiality for every message of\n"
                                + "   the control protocol between the two routers MUST be used.\n"))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   IPsec is widely deployed; implementations MUST support it.\n"))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   For the data path, IPsec is the better choice, and hence is mandatory.\n"))
                .hasSize(1);
    }

    @Test
    void ipsecMachineryIsNotAMandateToUseIpsec() {
        assertThat(scan("draft-a.txt", "   All IPsec implementations MUST support this use of names.\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   A host implementation of IPsec MUST support transport mode.\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   IPsec MUST perform the following steps:\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   The SPD must discriminate among traffic that IPsec protects.\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   The sender MUST set the Next Header field in the ESP header.\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   Nodes implementing the IPsec Architecture MUST implement ESP.\n"))
                .isEmpty();
    }

    @Test
    void alternativesRestrictionsAndReportedSpeechAreNotMandates() {
        assertThat(scan("draft-a.txt", "   TLS, SSH, or IPsec SHOULD be used to protect the sessions.\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   IPsec should only be used between two routers.\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   A policy SHOULD NOT simply state that IPsec must be used.\n"))
                .isEmpty();
        assertThat(scan("draft-a.txt", "   For IPsec, default profiles must be defined.\n"))
                .isEmpty();
    }

    @Test
    void aRefusalOfWhatIpsecDoesNotProtectCountsWithTheTermInTheSubject() {
        assertThat(scan("draft-a.txt", "   Packets that are not protected with ESP MUST be silently discarded.\n"))
                .hasSize(1);
    }

    @Test
    void prohibitionsAreNotMandatesUnlessIpsecLiftsThem() {
        assertThat(scan("draft-a.txt", "   Peers MUST NOT rely on IPsec.\n")).isEmpty();
        assertThat(scan("draft-a.txt", "   Keys MUST NOT be sent unless IPsec protects them.\n"))
                .hasSize(1);
        assertThat(scan("draft-a.txt", "   Keys MUST NOT be sent without ESP.\n"))
                .hasSize(1);
    }

    @Test
    void aKeywordInQuotesIsAMentionOfTheKeyword() {
        assertThat(scan("draft-a.txt", "   The word \"MUST\" in the IPsec documents is normative.\n"))
                .isEmpty();
    }

    @Test
    void mentionsThatSetIpsecAsideAreNotMandates() {
        for (String sentence : List.of(
                "Unlike IPsec, peers MUST sign each message.",
                "IPsec was considered but rejected, and peers MUST sign each message.",
                "This document does not require IPsec; peers MUST sign each message.",
                "Peers MUST protect the channel with a mechanism such as IPsec.",
                "If IPsec is used, ESP MUST be used.",
                "Peers MUST sign each message instead of using IPsec.")) {
            assertThat(scan("draft-a.txt", "   " + sentence + "\n"))
                    .as(sentence)
                    .isEmpty();
        }
    }

    // What is not prose

    @Test
    void xmlCommentsArtworkSourcecodeAndReferencesAreIgnored() {
        String draft = xml("<!-- " + MANDATE + " -->\n<artwork>" + MANDATE + "</artwork>\n<sourcecode>" + MANDATE
                        + "</sourcecode>\n<figure><artwork><![CDATA[" + MANDATE
                        + "]]></artwork></figure>\n<t>No mandate"
                        + " <tt>MUST use IPsec</tt> here.</t>")
                + "<back><references><reference anchor=\"X\"><front><title>" + MANDATE
                + "</title></front><annotation>" + MANDATE + "</annotation></reference></references></back>";

        assertThat(scan("draft-a.xml", draft)).isEmpty();
    }

    @Test
    void markdownCodeBlocksInlineCodeAndCommentsAreIgnored() {
        String draft = markdown("~~~\n" + MANDATE + "\n~~~\n\n```\n" + MANDATE + "\n```\n\nText:\n\n    " + MANDATE
                + "\n\nThe `MUST use IPsec` string.\n\n{::comment}\n" + MANDATE + "\n{:/comment}\n\n<!-- " + MANDATE
                + " -->\n");

        assertThat(scan("draft-a.md", draft)).isEmpty();
    }

    @Test
    void theKramdownYamlHeaderIsIgnoredUpToTheFirstSectionLine() {
        String draft = "---\ntitle: " + MANDATE + "\nnote: |\n  " + MANDATE + "\n\n--- abstract\n\n" + MANDATE + "\n";

        assertThat(scan("draft-a.md", draft)).extracting(Finding::line).containsExactly(8);
    }

    @Test
    void aMarkdownFileWithoutHeaderIsAllProse() {
        assertThat(scan("draft-a.md", "# Title\n\n" + MANDATE + "\n"))
                .extracting(Finding::line)
                .containsExactly(3);
    }

    @Test
    void textPageHeadersFootersAndReferencesAreIgnored() {
        String draft = "1.  Intro\n\n   Text.\n\nAuthor        Implementations MUST use IPsec         [Page 1]\n\f\n"
                + "Internet-Draft      Implementations MUST use IPsec       March 2026\n\n   More text.\n\n"
                + "2.  References\n\n2.1.  Normative References\n\n   [A]  " + MANDATE + "\n\n"
                + "2.2.  Informative References\n\n   [B]  " + MANDATE + "\n";

        assertThat(scan("draft-a.txt", draft)).isEmpty();
    }

    @Test
    void aSentenceRunsOnAcrossAPageBreak() {
        String draft = "1.  Intro\n\n   Peers MUST protect the session\n\n\nAuthor           Expires 2026"
                + "                 [Page 1]\n\f\nInternet-Draft        Title          March 2026\n\n\n"
                + "   with IPsec.\n";

        assertThat(scan("draft-a.txt", draft))
                .extracting(Finding::line, Finding::column)
                .containsExactly(tuple(3, 4));
    }

    // When the scan reports at all

    @Test
    void aDraftThatIncludesAGeneratedProfileSectionIsNotReportedWhenDescriptorsExist() {
        String body = "<t>" + MANDATE + "</t>";
        assertThat(
                        scanWithDescriptors(
                                "draft-a.xml",
                                xml(
                                        body
                                                + "\n<xi:include href=\"target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml\"/>")))
                .isEmpty();
        assertThat(scanWithDescriptors(
                        "draft-a.xml",
                        xml("<t>" + MANDATE.replace(".", "") + " as <xref target=\"ipsec-profile-bgp\"/> says.</t>")))
                .isEmpty();
        assertThat(
                        scanWithDescriptors(
                                "draft-a.md",
                                markdown(
                                        MANDATE
                                                + "\n\n{::include target/generated-sources/ipsec-profile/markdown/ipsec-profile-bgp.md}")))
                .isEmpty();
        assertThat(scanWithDescriptors("draft-a.md", markdown("Peers MUST use IPsec as {{ipsec-profile-bgp}} says.")))
                .isEmpty();
        assertThat(scanWithDescriptors("draft-a.txt", "   " + MANDATE + "\n\n4.  IPsec Profile for BGP-4\n"))
                .isEmpty();
    }

    @Test
    void aTextDraftThatPastesASectionWithADescriptorsOwnTitleIsNotReported() {
        String draft = "   " + MANDATE + "\n\n4.  Protecting BGP Sessions\n\n   The profile.\n";
        List<String> titles = List.of("Protecting BGP Sessions");

        assertThat(new DraftScanner().scanText("draft-a.txt", draft, DraftFormat.TEXT, true, titles))
                .isEmpty();
        assertThat(new DraftScanner().scanText("draft-a.txt", draft, DraftFormat.TEXT, true, List.of()))
                .hasSize(1);
        assertThat(new DraftScanner()
                        .scanText(
                                "draft-a.txt",
                                "   " + MANDATE + " Protecting BGP Sessions is hard.\n",
                                DraftFormat.TEXT,
                                true,
                                titles))
                .as("the title within a sentence is no heading")
                .hasSize(1);
    }

    @Test
    void aDraftThatIncludesNoProfileSectionIsReportedEvenWhenDescriptorsExist() {
        List<Finding> findings = scanWithDescriptors(
                "draft-a.xml",
                xml("<t>" + MANDATE + "</t>\n<!-- <xi:include" + " href=\"ipsec-profile-bgp.xml\"/> -->"));

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).message()).contains("includes none of the generated profile sections");
    }

    @Test
    void withoutDescriptorsAnIncludeDoesNotSilenceTheScan() {
        assertThat(scan("draft-a.xml", xml("<t>" + MANDATE + "</t>\n<xi:include href=\"ipsec-profile-bgp.xml\"/>")))
                .hasSize(1);
    }

    // The marker

    @Test
    void theIgnoreMarkerOnALineOfTheSentenceSuppressesItsFinding() {
        List<Finding> xml = scan("draft-a.xml", xml("<t>" + MANDATE + " <!-- ipsec-profile:ignore --></t>"));
        List<Finding> md = scan(
                "draft-a.md",
                markdown(
                        "Peers MUST protect\nthe session with IPsec." + " {::comment}ipsec-profile:ignore{:/comment}"));
        List<Finding> txt = scan("draft-a.txt", "   " + MANDATE + "  ipsec-profile:ignore\n");

        for (List<Finding> findings : List.of(xml, md, txt)) {
            assertThat(findings).hasSize(1);
            assertThat(findings.get(0).suppressed()).isTrue();
            assertThat(findings.get(0).justification()).contains("ipsec-profile:ignore");
        }
    }

    @Test
    void theIgnoreMarkerSilencesOnlyTheSentencesOfItsLine() {
        List<Finding> findings =
                scan("draft-a.txt", "   " + MANDATE + " ipsec-profile:ignore\n\n   Peers SHOULD use ESP.\n");

        assertThat(findings)
                .extracting(Finding::line, Finding::suppressed)
                .containsExactly(tuple(1, true), tuple(3, false));
    }

    // Files

    @Test
    void theDefaultIncludesReadTheDraftsAtTheTopOfTheDraftDirectory() throws IOException {
        Files.writeString(project.resolve("draft-a.xml"), xml("<t>" + MANDATE + "</t>"));
        Files.writeString(project.resolve("draft-b.md"), markdown(MANDATE));
        Files.writeString(project.resolve("draft-c.txt"), "   " + MANDATE + "\n");
        Files.writeString(project.resolve("draft-d.mkd"), "---\n--- middle\n\n" + MANDATE + "\n");
        Files.writeString(project.resolve("notes.txt"), MANDATE);
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/draft-e.xml"), xml("<t>" + MANDATE + "</t>"));

        DraftScanResult result =
                new DraftScanner().scan(new DraftScanRequest(project, project, null, null, null, false));

        assertThat(result.draftCount()).isEqualTo(4);
        assertThat(result.findings())
                .extracting(Finding::file)
                .containsExactly("draft-a.xml", "draft-b.md", "draft-c.txt", "draft-d.mkd");
    }

    @Test
    void draftExcludesLeaveDraftsOut() throws IOException {
        Files.writeString(project.resolve("draft-a.xml"), xml("<t>" + MANDATE + "</t>"));
        Files.writeString(project.resolve("draft-old.xml"), xml("<t>" + MANDATE + "</t>"));

        DraftScanResult result = new DraftScanner()
                .scan(new DraftScanRequest(
                        project, project, null, List.of("draft-old.*"), StandardCharsets.UTF_8, false));

        assertThat(result.findings()).extracting(Finding::file).containsExactly("draft-a.xml");
    }

    @Test
    void aDraftLinkedFromOutsideTheDraftDirectoryIsNotReadAndSaysSo(@TempDir Path elsewhere) throws IOException {
        Path secret = elsewhere.resolve("secret.txt");
        Files.writeString(secret, "   The key is hunter2. " + MANDATE + "\n");
        Files.createSymbolicLink(project.resolve("draft-linked.txt"), secret);
        Files.writeString(project.resolve("draft-inside.txt"), "   Kept.\n");
        Files.createSymbolicLink(project.resolve("draft-alias.txt"), project.resolve("draft-inside.txt"));

        DraftScanResult result =
                new DraftScanner().scan(new DraftScanRequest(project, project, null, null, null, false));

        assertThat(result.findings()).isEmpty();
        assertThat(result.notices())
                .singleElement()
                .asString()
                .startsWith("draft-linked.txt: not scanned for IPsec mandates: it is a symbolic link to a file outside")
                .doesNotContain("hunter2");
    }

    @Test
    void aDraftWhoseNameHoldsTerminalCodesIsNotScannedAndItsNameIsEscaped() throws IOException {
        Files.writeString(project.resolve("draft-\u001b[31mred.txt"), "   " + MANDATE + "\n");

        DraftScanResult result =
                new DraftScanner().scan(new DraftScanRequest(project, project, null, null, null, false));

        assertThat(result.findings()).isEmpty();
        assertThat(result.notices())
                .singleElement()
                .asString()
                .startsWith("draft-\\u001B[31mred.txt: not scanned for IPsec mandates: the file name holds the control"
                        + " character U+001B")
                .endsWith("rename the file")
                .doesNotContain("\u001b");
    }

    @Test
    void bytesThatAreNotValidInTheEncodingGiveANoticeAndTheRestIsStillScanned() throws IOException {
        byte[] bytes = ("   Written by Ren\u00e9.\n\n   " + MANDATE + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(project.resolve("draft-a.txt"), bytes);

        DraftScanResult result = new DraftScanner()
                .scan(new DraftScanRequest(project, project, null, null, StandardCharsets.UTF_8, false));

        assertThat(result.notices())
                .singleElement()
                .asString()
                .startsWith("draft-a.txt:1: ")
                .contains("UTF-8", "<encoding>");
        assertThat(result.findings()).extracting(Finding::line).containsExactly(3);
    }

    @Test
    void aDraftThatCannotBeReadIsListedAsUnreadableAndTheOthersAreStillScanned() throws IOException {
        // Reading /proc/self/mem from its start fails, even for root, which chmod cannot stop. It is
        // scanned from /proc/self itself: a link to it from the project would lead outside the draft
        // directory, and such a draft is not read at all.
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isRegularFile(Path.of("/proc/self/mem")), "needs Linux's /proc");
        Path proc = Path.of("/proc/self").toRealPath();

        DraftScanResult result =
                new DraftScanner().scan(new DraftScanRequest(proc, proc, List.of("mem", "status"), null, null, false));

        assertThat(result.draftCount()).isEqualTo(2);
        assertThat(result.unreadable())
                .singleElement()
                .asString()
                .startsWith("mem: cannot be read (IOException: ")
                .contains("<draftExcludes>")
                .doesNotContain("/proc/");
        assertThat(result.findings()).isEmpty();
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void encodingNamesACharsetAndBlankMeansUtf8() throws Exception {
        assertThat(DraftSelection.encoding(null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(DraftSelection.encoding(" ")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(DraftSelection.encoding(" ISO-8859-1 ")).isEqualTo(StandardCharsets.ISO_8859_1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DraftSelection.encoding("UTF-9"))
                .isInstanceOf(org.ipsecprofile.check.ConfigurationException.class)
                .hasMessageContaining("encoding 'UTF-9' is not a character set Java knows");
    }

    @Test
    void theDeclaredEncodingIsUsed() throws IOException {
        Files.write(
                project.resolve("draft-a.txt"), ("   Ren\u00e9: " + MANDATE + "\n").getBytes(StandardCharsets.UTF_16));

        DraftScanResult result = new DraftScanner()
                .scan(new DraftScanRequest(project, project, null, null, StandardCharsets.UTF_16, false));

        assertThat(result.notices()).isEmpty();
        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void brokenMarkupNeverThrows() {
        for (String broken : List.of(
                "<t>Peers MUST use IPsec",
                "<t attr=\"unclosed>MUST IPsec",
                "<!-- open",
                "<![CDATA[ MUST IPsec",
                "<!DOCTYPE [ <",
                "&",
                "&amp",
                "<",
                "</>",
                "<a/><b></c>")) {
            scan("draft-a.xml", broken);
            scan("draft-a.md", broken + "\n```\n`" + broken + "{:");
            scan("draft-a.txt", broken + "\f");
        }
    }
}
