package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.render.content.RenderFixtures.securitySection;
import static org.ipsecprofile.render.content.SectionText.citations;
import static org.ipsecprofile.render.content.SectionText.definition;

import java.util.List;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.junit.jupiter.api.Test;

class SecurityConsiderationsWordingTest {

    private static final List<String> THREATS = List.of(
            "Eavesdropping",
            "Replay",
            "Message Insertion",
            "Message Deletion",
            "Message Modification",
            "Man-in-the-Middle",
            "Denial of Service");

    private static Section bgp() {
        return securitySection(RenderFixtures.valid("bgp.yaml"));
    }

    private static Section of(ProfileFixtures.ProfileBuilder builder) {
        return securitySection(builder.build());
    }

    @Test
    void anchorAndTitleAreFixed() {
        Section section = bgp();
        assertThat(section.anchor()).isEqualTo("security-considerations");
        assertThat(section.title()).isEqualTo("Security Considerations");
    }

    @Test
    void bgpCoversAllSevenThreatsOfRfc3552() {
        Section section = bgp();
        assertThat(SectionText.terms(section)).containsExactlyElementsOf(THREATS);
        assertThat(citations(section)).contains(new Citation("RFC3552", "5", false));
    }

    @Test
    void saysWhatIpsecProvidesAndDoesNotWithAReferenceToTheProfile() {
        Section section = bgp();
        assertThat(SectionText.allInlines(section))
                .contains(new SectionRef("ipsec-profile-bgp", "IPsec Profile for BGP-4"));
        assertThat(SectionText.of(section))
                .contains(
                        "provide integrity and data origin authentication,"
                                + " anti-replay protection, and access control",
                        "It does not provide confidentiality.");
    }

    @Test
    void noConfidentialityMeansEavesdroppersCanReadTheTraffic() {
        assertThat(definition(bgp(), "Eavesdropping")).contains("Eavesdroppers on the path can read the traffic");
    }

    @Test
    void requiredConfidentialityKeepsContentFromEavesdroppers() {
        assertThat(definition(of(ProfileFixtures.bgp().confidentiality(Need.REQUIRED)), "Eavesdropping"))
                .contains("ESP encryption keeps the content of the traffic from eavesdroppers");
    }

    @Test
    void replayProtectionHoldsWithAutomatedKeyManagement() {
        assertThat(definition(bgp(), "Replay"))
                .contains("Receivers discard replayed packets", "automated key management (IKE)");
    }

    @Test
    void manualKeysGiveNoReplayProtection() {
        Section section = of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.MANUAL));
        assertThat(definition(section, "Replay"))
                .contains("keyed manually", "anti-replay protection is not available", "[RFC4107]");
        assertThat(definition(section, "Man-in-the-Middle"))
                .contains("With manual keys there is no authentication" + " exchange");
    }

    @Test
    void integrityDefeatsInsertionAndModification() {
        Section section = bgp();
        assertThat(definition(section, "Message Insertion")).contains("cannot insert messages");
        assertThat(definition(section, "Message Modification")).contains("fails its integrity check");
    }

    @Test
    void modificationMentionsTheSourceAddressCheckOnlyWhenTheProfileRequiresIt() {
        assertThat(definition(bgp(), "Message Modification")).contains("check of each packet's source address");
        Profile suppressed = ProfileFixtures.bgp()
                .suppress("sender-address-check", "The routers verify addresses by other means already.")
                .build();
        assertThat(definition(securitySection(suppressed), "Message Modification"))
                .doesNotContain("source address");
    }

    @Test
    void deletionIsLeftToTcpOrToTheProtocol() {
        assertThat(definition(bgp(), "Message Deletion"))
                .contains("IPsec does not detect deleted packets", "TCP retransmits");
        assertThat(definition(of(ProfileFixtures.bgp().transport("udp")), "Message Deletion"))
                .contains("unless BGP-4 itself detects missing messages");
    }

    @Test
    void manInTheMiddleDependsOnTheAuthenticationMethods() {
        assertThat(definition(bgp(), "Man-in-the-Middle"))
                .contains(
                        "certification authority that the operator" + " runs", "Anyone who knows a pre-shared secret");
        assertThat(definition(
                        of(ProfileFixtures.bgp().certificateIssuance(CertificateIssuance.GLOBAL_PKI)),
                        "Man-in-the-Middle"))
                .contains("global PKI, which does not exist");
        assertThat(definition(
                        of(ProfileFixtures.bgp()
                                .authenticationMethods(AuthenticationMethod.PRE_SHARED_SECRET)
                                .authenticationMandatoryToImplement(null)
                                .ikeModes(IkeMode.AGGRESSIVE)),
                        "Man-in-the-Middle"))
                .contains("test guesses of the secret offline");
    }

    @Test
    void denialOfServiceNamesCryptographicAndPublicKeyCost() {
        assertThat(definition(bgp(), "Denial of Service"))
                .contains("integrity check", "Diffie-Hellman computation and public key signature operations");
        assertThat(definition(of(ProfileFixtures.bgp().constrainedDevices(true)), "Denial of Service"))
                .contains("weighs most on low-powered devices");
    }

    @Test
    void bgpFindingsGiveTheirConsequences() {
        String text = SectionText.of(bgp());
        assertThat(text)
                .contains(
                        "has the following consequences for deployments",
                        "cannot use port numbers in their selectors",
                        "It is not yet known whether the products");
        assertThat(text).doesNotContain("NAT device", "manual keying", "global PKI");
    }

    @Test
    void findingsPresentAddTheirConsequence() {
        String text = SectionText.of(
                of(ProfileFixtures.bgp().natLikely(true).keyManagementMethod(KeyManagementMethod.MANUAL)));
        assertThat(text)
                .contains(
                        "Where a NAT device separates the peers, AH cannot be used",
                        "Peers of this protocol are likely to be behind NAT devices [RFC3715]",
                        "With manual keying, keys stay in use");
    }

    @Test
    void suppressedFindingsGiveNoConsequence() {
        Profile profile = ProfileFixtures.bgp()
                .natLikely(true)
                .suppress("nat-traversal", "The peers are always on the same routed backbone.")
                .suppress("ah-behind-nat", "AH is never negotiated across the provider edge.")
                .build();
        assertThat(SectionText.of(securitySection(profile))).doesNotContain("behind NAT devices", "AH cannot be used");
    }

    @Test
    void noGuidanceFindingsMeansNoConsequencesParagraph() {
        Profile profile = ProfileFixtures.bgp()
                .availabilityStatus(AvailabilityStatus.AVAILABLE)
                .anyPort()
                .suppress("sender-address-check", "The routers verify addresses by other means already.")
                .build();
        assertThat(SectionText.of(securitySection(profile))).doesNotContain("consequences for deployments");
    }

    @Test
    void eachAvailabilityProblemHasItsConsequence() {
        assertThat(SectionText.of(of(ProfileFixtures.bgp().availabilityStatus(AvailabilityStatus.PARTIAL))))
                .contains("Only some of the products that must implement this profile support it");
        assertThat(SectionText.of(of(ProfileFixtures.bgp().availabilityStatus(AvailabilityStatus.UNAVAILABLE))))
                .contains("do not support it; requiring it leaves the traffic");
    }

    @Test
    void everyProfileGetsASectionRefAndItsOwnAnswers() {
        Profile bgp = RenderFixtures.valid("bgp.yaml");
        Profile sip = RenderFixtures.valid("full.yaml");
        Section section = securitySection(bgp, sip);
        assertThat(SectionText.allInlines(section))
                .contains(
                        new SectionRef("ipsec-profile-bgp", "IPsec Profile for BGP-4"),
                        new SectionRef("ipsec-profile-sip-example-2", "IPsec Profile for SIP"));
        String eavesdropping = definition(section, "Eavesdropping");
        assertThat(eavesdropping)
                .contains(
                        "BGP-4 (see \"IPsec Profile for BGP-4\"): Eavesdroppers",
                        "SIP (see \"IPsec Profile for SIP\"): ESP encryption");
        assertThat(eavesdropping.indexOf("BGP-4")).isLessThan(eavesdropping.indexOf("SIP"));
    }

    @Test
    void additionalParagraphsComeLastVerbatim() {
        Section section = securitySection(RenderFixtures.valid("full.yaml"));
        List<Block> blocks = section.blocks();
        assertThat(blocks.subList(blocks.size() - 2, blocks.size()))
                .containsExactly(
                        Paragraph.of(new Text("First extra paragraph.")),
                        Paragraph.of(new Text("Second extra paragraph,\non two lines.")));
    }

    @Test
    void rfc3552AndRfc5406AreCitedInformatively() {
        assertThat(citations(bgp()))
                .filteredOn(c -> c.anchor().equals("RFC3552") || c.anchor().equals("RFC5406"))
                .isNotEmpty()
                .allMatch(c -> !c.normative());
    }

    @Test
    void theSameInputGivesTheSameSection() {
        assertThat(securitySection(RenderFixtures.valid("full.yaml"), RenderFixtures.valid("bgp.yaml")))
                .isEqualTo(securitySection(RenderFixtures.valid("full.yaml"), RenderFixtures.valid("bgp.yaml")));
    }

    @Test
    void missingItemsAreCalledOpenNotInvented() {
        String text = SectionText.of(securitySection(RenderFixtures.valid("missing-items.yaml")));
        assertThat(text)
                .contains(
                        "does not yet specify whether IPsec provides",
                        "does not yet specify whether the traffic is encrypted");
        assertThat(text).doesNotContain("uses IPsec to provide");
    }

    @Test
    void severalProfilesShareTheConsequencesParagraphAndLeadEachConsequenceByTheirNames() {
        Profile bgp = RenderFixtures.valid("bgp.yaml");
        Profile manual = ProfileFixtures.bgp()
                .id("manual")
                .keyManagementMethod(KeyManagementMethod.MANUAL)
                .build();
        String text = SectionText.of(securitySection(bgp, manual));
        assertThat(text)
                .contains(
                        "Applying the guidance of [RFC5406] to these profiles has the following consequences for"
                                + " deployments:",
                        "- All profiles: Implementations that cannot use port numbers",
                        "- BGP-4 (see \"IPsec Profile for BGP-4 (manual)\"): With manual keying, keys stay in use");
        assertThat(text).doesNotContain("to this profile has");
    }

    @Test
    void oneProfileHasNoLeads() {
        String text = SectionText.of(bgp());
        assertThat(text)
                .contains("to this profile has the following consequences", "- Implementations that cannot use port")
                .doesNotContain("- BGP-4 (see", "\nBGP-4 (see");
    }

    @Test
    void noProfileLeavesEachThreatUnaddressed() {
        assertThat(definition(securitySection(), "Replay"))
                .isEqualTo("This document has no IPsec profile, so IPsec does not address this threat.\n\n");
    }
}
