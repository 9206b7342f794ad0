package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.scan.DraftScans.scan;

import org.ipsecprofile.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A change log's sentences report changes; invented headings and drafts in the three formats. */
class SectionHeadingsTest {

    private static final String LOGGED = "Changed the widget transport requirement so that IPsec MUST be used.";
    private static final String MANDATE = "Widget relays MUST use IPsec.";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Appendix B.  Changes from RFC 9999 to This Document",
                "A.2.  Changes since draft-author-widget-03",
                "Changes in Version 2",
                "Change Log",
                "Changelog",
                "9.  Document History",
                "Revision History"
            })
    void aHeadingThatNamesChangesBetweenVersionsIsAChangeLog(String heading) {
        assertThat(SectionHeadings.namesChangeLog(heading)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5.  Changes to RFC 9999", "Security Considerations", "3.1.  Widget Exchange", "History"})
    void otherHeadingsAreNot(String heading) {
        assertThat(SectionHeadings.namesChangeLog(heading)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "5.  Example Configurations",
                "Appendix A.  Examples",
                "4.2.  Widget Relay Example for IKEv2",
                "B.1.  Sample Exchanges",
                "An Example of a Relay Chain"
            })
    void aHeadingThatSaysItsSectionHoldsExamplesNamesExamples(String heading) {
        assertThat(SectionHeadings.namesExamples(heading)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.  Security Considerations", "3.1.  Widget Relay Requirements", "Sampling Intervals"})
    void otherHeadingsDoNotNameExamples(String heading) {
        assertThat(SectionHeadings.namesExamples(heading)).isFalse();
    }

    @Test
    void aSectionOfExamplesIsNotReportedButTheSectionsAroundItAre() {
        String draft = "1.  Security\n\n   " + MANDATE + "\n\n2.  Example Relay Configuration\n\n"
                + "   In this configuration the relay MUST use IPsec ESP towards the hub.\n\n"
                + "3.  Discovery\n\n   Discovery servers MUST support IPsec.\n";
        assertThat(scan("draft-a.txt", draft)).extracting(Finding::line).containsExactly(3, 11);
    }

    @Test
    void aTextDraftsChangeLogIsNotReportedButTheSectionsBeforeItAre() {
        String draft = "1.  Security\n\n   " + MANDATE + "\n\n\nAppendix A.  Changes since -01\n\n   " + LOGGED
                + "\n\n\nWidget Author                 Expires 1 June 2027                 [Page 3]\n\f\n"
                + "Internet-Draft              Widgets                   November 2026\n\n   " + LOGGED + "\n";
        assertThat(scan("draft-a.txt", draft)).extracting(Finding::line).containsExactly(3);
    }

    @Test
    void anXmlChangeLogIsNotReported() {
        String draft = "<rfc><middle><section><name>Security</name><t>" + MANDATE + "</t></section></middle><back>"
                + "<section title=\"Change Log\"><t>" + LOGGED + "</t></section>"
                + "<section><name>Acknowledgements</name><t>" + MANDATE + "</t></section></back></rfc>";
        assertThat(scan("draft-a.xml", draft)).hasSize(2);
        assertThat(scan("draft-a.xml", draft.replace("Change Log", "Widget Notes")))
                .hasSize(3);
    }

    @Test
    void aMarkdownChangeLogIsNotReported() {
        String draft = "---\ntitle: Widgets\n---\n\n--- middle\n\n# Security\n\n" + MANDATE
                + "\n\n--- back\n\n# Revision History\n\n" + LOGGED + "\n";
        assertThat(scan("draft-a.md", draft)).hasSize(1);
    }
}
