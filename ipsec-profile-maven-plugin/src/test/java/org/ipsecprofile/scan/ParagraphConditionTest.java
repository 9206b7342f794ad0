package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipsecprofile.check.Finding;
import org.junit.jupiter.api.Test;

/** The paragraph before a flagged sentence, on invented paragraphs. */
class ParagraphConditionTest {

    private static List<Finding> scan(String paragraph) {
        String draft = "1.  Security\n\n   " + paragraph + "\n";
        return new DraftScanner().scanText("draft-x.txt", draft, DraftFormat.TEXT, false);
    }

    @Test
    void aPermissionOfIpsecEarlierInTheParagraphMakesTheRequirementConditional() {
        assertThat(scan("Widget peers MAY be protected by IP Security. Then the relays SHOULD use ESP."))
                .isEmpty();
        assertThat(scan("Support for IPsec is OPTIONAL for widget relays. Implementations MUST"
                        + " support ESP with an integrity transform."))
                .isEmpty();
        assertThat(scan("Widget traffic may be carried over IPsec. Where it is, the gateways must use IKEv2."))
                .isEmpty();
        assertThat(scan("Use of IPsec is optional. Gadget servers SHOULD use ESP in tunnel mode."))
                .isEmpty();
    }

    @Test
    void aRequirementOfIpsecIsNotMadeConditionalByAPermissionInTheSameSentenceOrAfterIt() {
        assertThat(scan("Widget peers MUST use IPsec, and MAY use TLS as well. They SHOULD use ESP."))
                .hasSize(2);
        assertThat(scan("Implementations MUST support ESP. IPsec MAY be disabled by configuration."))
                .hasSize(1);
    }

    @Test
    void aPermissionOfOneIpsecPartOnlyOrInAnotherParagraphLeavesTheMandate() {
        assertThat(scan("Widget gateways MAY use AH. Widget gateways MUST support ESP."))
                .hasSize(1);
        String draft = "1.  Security\n\n   Widget peers MAY use IPsec.\n\n   Widget servers MUST use ESP.\n";
        assertThat(new DraftScanner().scanText("draft-x.txt", draft, DraftFormat.TEXT, false))
                .hasSize(1);
    }

    @Test
    void aPermissionAfterTheParagraphHasRequiredIpsecIsAboutHowNotWhether() {
        assertThat(scan("Widget gateways MUST use IPsec for their signalling. They MAY use IPsec for bulk transfers,"
                        + " if their operators choose to. When they do, ESP MUST be used in tunnel mode."))
                .hasSize(2);
    }

    @Test
    void aParagraphThatOpensWithIpsecInUseMakesItsLaterRequirementsConditional() {
        assertThat(scan("When IPsec is used between widget relays, each relay needs a certificate. The relays"
                        + " SHOULD use ESP in tunnel mode."))
                .isEmpty();
        assertThat(scan("If IKEv2 is supported by a gadget server, the server keeps one SA per client. Keys MUST"
                        + " be negotiated with IKEv2 rather than configured by hand."))
                .isEmpty();
        assertThat(ParagraphCondition.conditionsOnIpsec(
                        "Where ESP is being applied to relay traffic, it runs" + " in transport mode."))
                .isTrue();
    }

    @Test
    void aConditionThatIsNotAboutIpsecOrARequirementOfIpsecItselfLeavesTheMandate() {
        assertThat(scan("If the relay link is not trusted, relays MUST use IPsec. They SHOULD use IKEv2 for keys."))
                .hasSize(2);
        assertThat(scan("When IPsec is used, each relay logs its SAs. Nevertheless, every relay MUST implement IPsec."))
                .hasSize(1);
        assertThat(scan("If IPsec is not used, relays are open to spoofing. Relays SHOULD use ESP."))
                .hasSize(1);
        assertThat(ParagraphCondition.conditionsOnIpsec("Relays MUST use IPsec when it is available."))
                .isFalse();
    }

    @Test
    void aNegatedPermissionIsNoPermission() {
        assertThat(ParagraphCondition.permitsIpsec("Widget peers may not rely on IPsec."))
                .isFalse();
        assertThat(ParagraphCondition.permitsIpsec("Widget peers MAY use IPsec."))
                .isTrue();
        assertThat(ParagraphCondition.permitsIpsec("Widget peers MUST use IPsec and MAY use AH."))
                .isFalse();
    }

    @Test
    void aSentenceThatPointsBackAtACaseOfIpsecInUseIsConditional() {
        assertThat(scan("Widget relays may forward reports unchanged when IPsec is used end to end. In this case, the"
                        + " relays MUST also protect their own keepalives with ESP."))
                .isEmpty();
        assertThat(scan("Filtering is simpler where ESP is in use between the peers. In such cases, gadget gateways"
                        + " SHOULD use IKEv2 for rekeying."))
                .isEmpty();
        assertThat(scan("The gadget channel counts as trusted if IPsec is enabled on it. If so, status messages must"
                        + " be protected with IPsec as well."))
                .isEmpty();
    }

    @Test
    void aBackReferenceToAnotherCaseOrAcrossAParagraphLeavesTheMandate() {
        assertThat(scan("Widget relays cannot be trusted if IPsec is not used. In this case, the relays MUST use"
                        + " IPsec."))
                .hasSize(1);
        assertThat(scan("The widget path may cross the public Internet. In this case, widget peers MUST use IPsec."))
                .hasSize(1);
        assertThat(scan("Gadget reports are cheaper when IPsec is used.\n\n   In that case, gadget servers MUST"
                        + " support ESP."))
                .hasSize(1);
        assertThat(scan("Gadgets are exposed when IPsec is turned off. Then the gadget MUST use ESP."))
                .hasSize(1);
    }

    @Test
    void aSentenceThatDrawsAConclusionFromIpsecInUseHoldsWhereItIsUsed() {
        assertThat(scan("An IPsec-protected relay link MUST provide integrity. Thus, relays MUST support ESP"
                        + " with an integrity transform."))
                .isEmpty();
        assertThat(scan("This setup is acceptable if IPsec is used between the relays. Therefore, the relays MUST"
                        + " use IKEv2 for keying."))
                .isEmpty();
        assertThat(scan("An IPsec-secured widget tunnel MUST provide integrity. (This covers the whole frame.)"
                        + " Consequently, gateways MUST support ESP with null encryption."))
                .isEmpty();
    }

    @Test
    void aConclusionFromSomethingElseStillAsksForIpsec() {
        assertThat(scan("Relay links cross untrusted networks. Therefore, relays MUST protect them with ESP."))
                .hasSize(1);
        assertThat(scan("Relays MUST protect their reports. Thus, relays MUST support ESP."))
                .hasSize(1);
    }
}
