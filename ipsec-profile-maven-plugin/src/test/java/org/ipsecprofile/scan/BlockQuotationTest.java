package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.scan.DraftScans.scan;

import org.ipsecprofile.check.Finding;
import org.junit.jupiter.api.Test;

/** A block quotation reports another document's requirements; invented drafts in the three formats. */
class BlockQuotationTest {

    private static final String OWN = "   Widget relays MUST use IPsec ESP to protect relay traffic.\n";

    @Test
    void anIndentedQuotationAfterACitingIntroductionIsNotReported() {
        String draft = "1.  Security\n\n"
                + "   Relay traffic crosses links no one controls.  As described in\n"
                + "   [RFC9999], Section 4.2:\n\n"
                + "      Implementations of the gadget protocol SHOULD support IPsec\n"
                + "      ESP, and IKEv2 SHOULD be used for key management.\n\n"
                + OWN;
        assertThat(scan("draft-a.txt", draft)).extracting(Finding::line).containsExactly(9);
    }

    @Test
    void aQuotationRunsOverParagraphsAndPageBreaks() {
        String draft = "1.  Security\n\n"
                + "   Section 5 of [GADGET] states:\n\n"
                + "      Gadget servers MUST implement IPsec.\n\n"
                + "      Gadget clients\n\n\n"
                + "Author                      Expires 1 June 2027                 [Page 3]\n\f\n"
                + "Internet-Draft              Widgets                   November 2026\n\n"
                + "      SHOULD use IPsec ESP towards the server.\n\n"
                + OWN;
        assertThat(scan("draft-a.txt", draft)).extracting(Finding::line).containsExactly(16);
    }

    @Test
    void anIndentedListAfterTheDraftsOwnRequirementIsStillReported() {
        String draft = "1.  Security\n\n"
                + "   Relays MUST meet the requirements below, as specified in this\n"
                + "   document:\n\n"
                + "      o  Relays MUST support IPsec ESP.\n\n"
                + "      o  IKEv2 MUST be used for key management.\n";
        assertThat(scan("draft-a.txt", draft)).hasSize(2);
    }

    @Test
    void anIndentedParagraphWithoutACitationIsStillReported() {
        String draft = "1.  Security\n\n"
                + "   The following applies to relays:\n\n"
                + "      Widget relays MUST use IPsec to protect their traffic.\n";
        assertThat(scan("draft-a.txt", draft)).hasSize(1);
    }

    @Test
    void aHangingListItemIsNotAQuotation() {
        String draft = "1.  Security\n\n"
                + "   As [RFC9999] says, relays differ:\n\n"
                + "   o  Hub relays carry widget traffic between sites and MUST protect\n"
                + "      it with IPsec ESP in tunnel mode.\n";
        assertThat(scan("draft-a.txt", draft)).hasSize(1);
    }

    @Test
    void xmlAndMarkdownQuotationsAreNotReported() {
        String quoted = "Gadget servers MUST implement IPsec.";
        String mandate = "Widget relays MUST use IPsec ESP.";
        String xml = "<rfc><middle><section><name>Security</name><t>As [RFC9999] says:</t><blockquote>" + quoted
                + "</blockquote><t>" + mandate + "</t></section></middle></rfc>";
        assertThat(scan("draft-a.xml", xml)).hasSize(1);
        String md = "---\ntitle: Widgets\n---\n\n--- middle\n\n# Security\n\nAs [RFC9999] says:\n\n> " + quoted + "\n\n"
                + mandate + "\n";
        assertThat(scan("draft-a.md", md)).hasSize(1);
    }
}
