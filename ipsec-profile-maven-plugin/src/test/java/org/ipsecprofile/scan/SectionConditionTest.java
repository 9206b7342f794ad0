package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.scan.DraftScans.scan;

import org.ipsecprofile.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A section that says its requirements hold only where IPsec is used; invented sentences and drafts. */
class SectionConditionTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The requirements of this section apply only if IPsec is implemented by the relay.",
                "When IKEv2 is supported, the following rules apply to widget gateways.",
                "Whenever ESP is being used, the recommendations below hold.",
                "This subsection states what a relay does when IPsec is in use."
            })
    void aSentenceThatScopesTheSectionToIpsecInUse(String sentence) {
        assertThat(SectionCondition.scopes(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The rules below apply when the path between relays is not trusted.",
                "This section specifies how widget relays use IPsec.",
                "If IPsec is used, relays MUST check the source address.",
                "The following requirements apply to every relay. IPsec is used when available."
            })
    void otherSentencesDoNot(String sentence) {
        assertThat(SectionCondition.scopes(sentence)).isFalse();
    }

    @Test
    void aTextDraftKeepsTheMandatesBeforeTheScopeAndInOtherSections() {
        String draft = "1.  Protecting Widget Relays\n\n"
                + "   Traffic between widget relays SHOULD be protected with IPsec.  The\n"
                + "   rest of this section says how IPsec is set up; its requirements hold\n"
                + "   whenever IPsec is used.\n\n"
                + "   Relays MUST negotiate their SAs with IKEv2.\n\n"
                + "   Each relay MUST implement ESP with a non-null cipher.\n\n"
                + "2.  Widget Discovery\n\n"
                + "   Discovery servers MUST support IPsec ESP.\n";
        assertThat(scan("draft-a.txt", draft)).extracting(Finding::line).containsExactly(3, 13);
    }

    @Test
    void aConditionThatIsNotAboutIpsecKeepsTheMandates() {
        String draft = "1.  Relay Security\n\n"
                + "   The requirements below apply when relays are connected over an\n"
                + "   untrusted network.\n\n"
                + "   Relays MUST use IPsec to protect widget traffic.\n";
        assertThat(scan("draft-a.txt", draft)).hasSize(1);
    }

    @Test
    void xmlAndMarkdownSectionsAreReadToo() {
        String scope = "The rules of this section apply when IPsec is implemented.";
        String mandate = "Relays MUST negotiate their SAs with IKEv2.";
        String xml = "<rfc><middle><section><name>IPsec</name><t>" + scope + "</t><t>" + mandate + "</t></section>"
                + "<section><name>Keys</name><t>" + mandate + "</t></section></middle></rfc>";
        assertThat(scan("draft-a.xml", xml)).hasSize(1);
        String md = "---\ntitle: Widgets\n---\n\n--- middle\n\n# IPsec\n\n" + scope + "\n\n" + mandate
                + "\n\n# Keys\n\n" + mandate + "\n";
        assertThat(scan("draft-a.md", md)).hasSize(1);
    }
}
