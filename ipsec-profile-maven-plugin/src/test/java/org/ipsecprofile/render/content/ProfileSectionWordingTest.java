package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.render.content.RenderFixtures.findings;
import static org.ipsecprofile.render.content.RenderFixtures.profileSection;
import static org.ipsecprofile.render.content.SectionText.citations;
import static org.ipsecprofile.render.content.SectionText.definition;

import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.TunneledIn;
import org.junit.jupiter.api.Test;

/** The profile section as the default wording templates write it, from the profile's facts. */
class ProfileSectionWordingTest {

    private static Section bgp() {
        return profileSection(RenderFixtures.valid("bgp.yaml"));
    }

    private static Section of(ProfileFixtures.ProfileBuilder builder) {
        return profileSection(builder.build());
    }

    // The BGP example of SPEC §3

    @Test
    void anchorAndTitleNameTheProfile() {
        Section section = bgp();
        assertThat(section.anchor()).isEqualTo("ipsec-profile-bgp");
        assertThat(section.title()).isEqualTo("IPsec Profile for BGP-4");
    }

    @Test
    void bgpAnswersAllNineItemsInOneDefinitionList() {
        Section section = bgp();
        assertThat(section.blocks().stream().filter(DefinitionList.class::isInstance))
                .hasSize(1);
        assertThat(SectionText.terms(section))
                .containsExactly(
                        "Selectors",
                        "IPsec Protocols and Mode",
                        "Key Management",
                        "Identification",
                        "User Switching",
                        "Authentication",
                        "Authorization",
                        "IKE Version",
                        "Availability");
        assertThat(SectionText.of(section)).doesNotContain("does not yet specify");
    }

    @Test
    void openingCitesRfc5406InformativelyAndTheVersion2SuiteNormatively() {
        Section section = bgp();
        Paragraph opening = (Paragraph) section.blocks().get(0);
        assertThat(opening.inlines())
                .contains(
                        new Citation("RFC5406", "8", false),
                        Citation.normative("RFC4271"),
                        Citation.normative("RFC2401"),
                        Citation.normative("RFC2406"),
                        Citation.normative("RFC2402"),
                        Citation.normative("RFC2409"));
        assertThat(citations(section))
                .extracting(Citation::anchor)
                .doesNotContain("RFC4301", "RFC4303", "RFC4302", "RFC7296");
    }

    @Test
    void bgpSelectorsQuoteTheDescriptorAndSelectTcpPort179() {
        String selectors = definition(bgp(), "Selectors");
        assertThat(selectors)
                .contains(
                        "Initiator: Either speaker of a manually configured BGP peer pair.",
                        "The router's loopback address.",
                        "The configured peer's loopback address.",
                        "MUST select TCP (IP protocol 6) with responder port 179");
    }

    @Test
    void bgpMakesEspMandatoryAndAhOptional() {
        assertThat(definition(bgp(), "IPsec Protocols and Mode"))
                .contains("Implementations MUST support ESP [RFC2406] and MAY support AH [RFC2402].")
                .contains("MUST use transport mode");
    }

    @Test
    void noConfidentialityMeansEspWithNullEncryption() {
        assertThat(definition(bgp(), "IPsec Protocols and Mode"))
                .contains(
                        "NULL encryption",
                        "integrity and data origin authentication only",
                        "MUST support ESP with NULL encryption");
    }

    @Test
    void bgpStatesTheSenderAddressCheckAsARequirement() {
        assertThat(definition(bgp(), "IPsec Protocols and Mode"))
                .contains("A receiver MUST therefore verify that the source address of each packet received on"
                        + " an ESP SA matches the IP address that key management authenticated for the peer")
                .contains("Section 9 of [RFC5406]");
    }

    @Test
    void bgpUsesIkev1MainMode() {
        Section section = bgp();
        assertThat(definition(section, "Key Management")).contains("MUST be established with IKEv1 [RFC2409]");
        assertThat(definition(section, "IKE Version"))
                .contains("MUST support IKEv1 [RFC2409] with main mode for phase 1");
    }

    @Test
    void bgpMakesCertificatesMandatoryAndLocallyIssued() {
        String authentication = definition(bgp(), "Authentication");
        assertThat(authentication)
                .contains("MUST support authentication with certificates and MAY support pre-shared secrets")
                .contains("Certificates MUST conform to the profile of [RFC5280].")
                .contains("issued locally")
                .contains("source IP address or AS number");
        assertThat(citations(bgp())).contains(Citation.normative("RFC5280"));
    }

    @Test
    void bgpIdentifiesPeersByIpAddress() {
        assertThat(definition(bgp(), "Identification"))
                .contains("MUST support identifying peers by IP address (ID_IPV4_ADDR or ID_IPV6_ADDR)");
    }

    @Test
    void bgpAuthorizationQuotesThePolicy() {
        assertThat(definition(bgp(), "Authorization"))
                .contains(
                        "MUST enforce the following authorization policy",
                        "Accept connections only from the designated peer; every other service on the router keeps its own"
                                + " policy.");
    }

    @Test
    void bgpPortSelectorFindingBecomesARequirement() {
        assertThat(definition(bgp(), "Selectors"))
                .contains("Implementations MUST be able to use port numbers in" + " their selectors");
    }

    @Test
    void bgpAvailabilityIsUnknownAndQuotesTheAssessment() {
        assertThat(definition(bgp(), "Availability"))
                .contains(
                        "It is not yet known whether",
                        "Assessment: Whether backbone and access routers support this profile");
    }

    // Branches of items a and b

    @Test
    void portRangesAndAnyPortAreListed() {
        assertThat(definition(of(ProfileFixtures.bgp().transport("udp").portRange(5060, 5061)), "Selectors"))
                .contains("UDP (IP protocol 17) with responder ports 5060-5061");
        assertThat(definition(of(ProfileFixtures.bgp().anyPort()), "Selectors"))
                .contains("on any port")
                .doesNotContain("use port numbers in their selectors");
    }

    @Test
    void sctpTransportRequiresTheSelectorsOfRfc3554() {
        Section section = of(ProfileFixtures.bgp().transport("sctp"));
        assertThat(definition(section, "Selectors"))
                .contains("MUST support the SCTP selectors defined in" + " [RFC3554]");
        assertThat(citations(section)).contains(Citation.normative("RFC3554"));
    }

    @Test
    void multicastRequiresTheExtensionsOfRfc5374() {
        assertThat(definition(of(ProfileFixtures.bgp().multicast(true)), "Selectors"))
                .contains("MUST support the multicast extensions to the IPsec architecture [RFC5374]");
    }

    @Test
    void l2tpTunnelCitesRfc2661Informatively() {
        Section section = of(ProfileFixtures.bgp().tunneledIn(TunneledIn.L2TP));
        assertThat(definition(section, "Selectors"))
                .contains("inside an L2TP tunnel [RFC2661]", "MUST protect all of the tunnel's traffic");
        assertThat(citations(section)).contains(Citation.informative("RFC2661"));
    }

    @Test
    void ahOnlyProfileMakesAhMandatoryAndDoesNotCiteEsp() {
        Section section =
                of(ProfileFixtures.bgp().protocols(SecurityProtocol.AH).protectionMandatoryToImplement(null));
        assertThat(definition(section, "IPsec Protocols and Mode"))
                .contains("Implementations MUST support AH [RFC2402]. This profile does not use ESP.")
                .contains("AH provides integrity and data origin authentication only");
        assertThat(citations(section)).extracting(Citation::anchor).doesNotContain("RFC2406");
    }

    @Test
    void tunnelModeIsRequiredWhenChosen() {
        assertThat(definition(of(ProfileFixtures.bgp().mode(Mode.TUNNEL)), "IPsec Protocols and Mode"))
                .contains("MUST use tunnel mode")
                .doesNotContain("source address");
    }

    @Test
    void requiredConfidentialityRequiresEncryptionAndIntegrity() {
        assertThat(definition(of(ProfileFixtures.bgp().confidentiality(Need.REQUIRED)), "IPsec Protocols and Mode"))
                .contains("ESP SAs of this profile MUST use an encryption algorithm and MUST also provide integrity");
    }

    @Test
    void optionalReplayProtectionIsAMay() {
        assertThat(definition(of(ProfileFixtures.bgp().replayProtection(Need.OPTIONAL)), "IPsec Protocols and Mode"))
                .contains("Receivers MAY enable anti-replay protection.");
    }

    @Test
    void espWithoutIntegrityCannotOfferAntiReplay() {
        assertThat(definition(
                        of(ProfileFixtures.bgp()
                                .protocols(org.ipsecprofile.model.SecurityProtocol.ESP)
                                .protectionMandatoryToImplement(null)
                                .confidentiality(Need.REQUIRED)
                                .integrity(org.ipsecprofile.model.Integrity.NONE)),
                        "IPsec Protocols and Mode"))
                .contains("without an integrity algorithm", "Anti-replay protection is not available")
                .doesNotContain("MUST enable anti-replay");
    }

    @Test
    void requiredNatTraversalRequiresRfc3948Normatively() {
        Section section = of(ProfileFixtures.bgp().natTraversal(NatTraversal.REQUIRED));
        assertThat(definition(section, "IPsec Protocols and Mode"))
                .contains("Implementations MUST support UDP encapsulation of ESP packets [RFC3948]");
        assertThat(citations(section)).contains(Citation.normative("RFC3948"));
    }

    @Test
    void optionalNatTraversalIsAMay() {
        assertThat(definition(
                        of(ProfileFixtures.bgp().natTraversal(NatTraversal.OPTIONAL)), "IPsec Protocols and Mode"))
                .contains("Implementations MAY support UDP encapsulation of ESP packets [RFC3948]");
    }

    @Test
    void likelyNatWithoutTraversalCitesRfc3715AndAhBehindNatRequiresEsp() {
        String text = definition(of(ProfileFixtures.bgp().natLikely(true)), "IPsec Protocols and Mode");
        assertThat(text)
                .contains(
                        "likely to be separated by NAT devices [RFC3715]",
                        "Such peers MUST use ESP (see Section 3.1 of [RFC5406])");
    }

    // Items c and h: key management and IKE

    @Test
    void ikev2UsesRfc7296AndTheVersion3Suite() {
        Section section = of(ProfileFixtures.bgp()
                .ipsecVersion(3)
                .ikeVersion(IkeVersion.IKEV2)
                .ikeModes());
        assertThat(definition(section, "IKE Version")).contains("MUST support IKEv2 [RFC7296].");
        assertThat(citations(section))
                .extracting(Citation::anchor)
                .contains("RFC4301", "RFC4303", "RFC4302", "RFC7296")
                .doesNotContain("RFC2401", "RFC2409");
    }

    @Test
    void ikev1WithBothModesRequiresBoth() {
        assertThat(definition(of(ProfileFixtures.bgp().ikeModes(IkeMode.MAIN, IkeMode.AGGRESSIVE)), "IKE Version"))
                .contains("with main mode and aggressive mode for phase 1.");
    }

    @Test
    void kinkCitesRfc4430AndNotesAMissingKerberosDeployment() {
        Section section = of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.KINK));
        assertThat(definition(section, "Key Management"))
                .contains(
                        "MUST be established with KINK [RFC4430]",
                        "does not state that its peers belong to a Kerberos deployment");
        assertThat(definition(section, "IKE Version")).contains("IKE is not used: keys are managed with KINK");
        assertThat(citations(section))
                .contains(Citation.normative("RFC4430"))
                .extracting(Citation::anchor)
                .doesNotContain("RFC2409");
    }

    @Test
    void manualKeyingSaysReplayProtectionIsUnavailableAndCitesRfc4107() {
        Section section = of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.MANUAL));
        assertThat(definition(section, "Key Management"))
                .contains(
                        "keyed manually",
                        "MUST support manually configured SAs",
                        "anti-replay protection is not available",
                        "cannot be provided",
                        "[RFC4107]");
        assertThat(definition(section, "IPsec Protocols and Mode"))
                .doesNotContain("MUST enable anti-replay protection");
        assertThat(citations(section)).contains(Citation.informative("RFC4107"));
    }

    // Items d, e, f

    @Test
    void severalIdentificationTypesAreAllRequired() {
        Section section = of(ProfileFixtures.bgp()
                .identificationTypes(IdentityType.DNS_NAME, IdentityType.USER_FQDN, IdentityType.X500_DN)
                .userSwitchingApplies(false));
        assertThat(definition(section, "Identification"))
                .contains("MUST support identifying peers by each of"
                        + " the following: DNS name (ID_FQDN), DNS name with a user name (ID_USER_FQDN), and X.500"
                        + " distinguished name (ID_DER_ASN1_DN).");
        assertThat(definition(section, "User Switching"))
                .contains("MUST be able to bind an SA to an individual" + " user");
    }

    @Test
    void userSwitchingWithNewSaPerUserSaysWhen() {
        Section section = of(ProfileFixtures.bgp()
                .identificationTypes(IdentityType.X500_DN)
                .userSwitchingApplies(true)
                .newSaPerUser(true)
                .userSwitchingWhen("At each login."));
        assertThat(definition(section, "User Switching"))
                .contains("a new SA MUST be negotiated", "When that SA is negotiated: At each login.");
    }

    @Test
    void userSwitchingWithoutNewSaSaysIpsecDoesNotSeparateUsers() {
        assertThat(definition(
                        of(ProfileFixtures.bgp()
                                .identificationTypes(IdentityType.X500_DN)
                                .userSwitchingApplies(true)
                                .newSaPerUser(false)),
                        "User Switching"))
                .contains("no new SA is negotiated per user");
    }

    @Test
    void eapNeedsIkev2AndSaysSoWithIkev1() {
        Section section = of(ProfileFixtures.bgp()
                .authenticationMethods(AuthenticationMethod.EAP)
                .authenticationMandatoryToImplement(null));
        assertThat(definition(section, "Authentication"))
                .contains(
                        "MUST support authentication with EAP.",
                        "EAP authentication is carried by IKEv2 [RFC7296]; IKEv1 cannot carry it");
    }

    @Test
    void kerberosAuthenticationWithKinkCitesRfc4430() {
        Section section = of(ProfileFixtures.bgp()
                .keyManagementMethod(KeyManagementMethod.KINK)
                .kerberosInfrastructure(true)
                .authenticationMethods(AuthenticationMethod.KERBEROS)
                .authenticationMandatoryToImplement(null));
        assertThat(definition(section, "Authentication"))
                .contains("Kerberos authentication is provided by KINK" + " [RFC4430]");
        assertThat(definition(section, "Key Management")).contains("existing Kerberos deployment");
    }

    @Test
    void certificateIssuanceIsDescribedForEachChoice() {
        assertThat(definition(
                        of(ProfileFixtures.bgp().certificateIssuance(CertificateIssuance.EXISTING_PKI)),
                        "Authentication"))
                .contains(
                        "existing public key infrastructure (PKI)",
                        "MUST let the operator configure which certification authorities");
        assertThat(definition(
                        of(ProfileFixtures.bgp().certificateIssuance(CertificateIssuance.GLOBAL_PKI)),
                        "Authentication"))
                .contains("global PKI", "No such PKI exists");
    }

    // Item i

    @Test
    void eachAvailabilityStatusHasItsOwnSentence() {
        assertThat(definition(
                        of(ProfileFixtures.bgp().availabilityStatus(AvailabilityStatus.AVAILABLE)), "Availability"))
                .contains("already ship IPsec support that meets it");
        assertThat(definition(of(ProfileFixtures.bgp().availabilityStatus(AvailabilityStatus.PARTIAL)), "Availability"))
                .contains("Only some of the products");
        assertThat(definition(of(ProfileFixtures.bgp().availabilityStatus(AvailabilityStatus.UNKNOWN)), "Availability"))
                .contains("not yet known");
        assertThat(definition(
                        of(ProfileFixtures.bgp().availabilityStatus(AvailabilityStatus.UNAVAILABLE)), "Availability"))
                .contains("do not ship IPsec support");
    }

    @Test
    void availabilityTargetsBecomeABulletList() {
        Section section = profileSection(RenderFixtures.valid("full.yaml"));
        assertThat(SectionText.of(section))
                .contains("Products and platforms assessed:", "- Desk phones", "- Soft clients");
    }

    // Missing items, descriptor text, citations, findings

    @Test
    void missingItemsSayThatTheProfileDoesNotYetSpecifyThem() {
        Section section = profileSection(RenderFixtures.valid("missing-items.yaml"));
        for (String term : SectionText.terms(section)) {
            assertThat(definition(section, term)).as(term).contains("This profile does not yet specify");
        }
        assertThat(SectionText.allInlines(section))
                .filteredOn(Keyword.class::isInstance)
                .isEmpty();
    }

    @Test
    void missingModesOfIkev1SayWhatIsOpen() {
        assertThat(definition(of(ProfileFixtures.bgp().ikeModes()), "IKE Version"))
                .contains("does not yet specify whether main mode, aggressive mode, or both");
    }

    @Test
    void multiParagraphNotesStayVerbatimParagraphs() {
        Section section = profileSection(RenderFixtures.valid("full.yaml"));
        assertThat(SectionText.allInlines(section))
                .contains(
                        new Text("Registration and calls use the same" + " selectors."),
                        new Text("A second paragraph."),
                        new Text("The realm is the operator's."));
    }

    @Test
    void unknownProtocolReferenceIsWrittenAsText() {
        Section section = profileSection(RenderFixtures.valid("full.yaml"));
        assertThat(SectionText.of(section)).contains("SIP (draft-ietf-sipcore-example-03) uses IPsec");
        assertThat(citations(section)).extracting(Citation::anchor).doesNotContain("draft-ietf-sipcore-example-03");
    }

    @Test
    void referencesOutsideTheLibraryAreNeverCited() {
        Profile bgp = RenderFixtures.valid("bgp.yaml");
        Section section = profileSection(bgp, findings(bgp), anchor -> !anchor.equals("RFC4271"));
        assertThat(citations(section)).extracting(Citation::anchor).doesNotContain("RFC4271");
        assertThat(SectionText.of(section)).contains("BGP-4 (RFC4271) uses IPsec");
    }

    @Test
    void suppressedFindingsAreIgnored() {
        Profile profile = ProfileFixtures.bgp()
                .suppress("sender-address-check", "The routers verify addresses by other means already.")
                .build();
        Section section = profileSection(profile);
        assertThat(definition(section, "IPsec Protocols and Mode")).doesNotContain("source address");
    }

    @Test
    void findingsOfOtherProfilesAreIgnored() {
        Profile bgp = RenderFixtures.valid("bgp.yaml");
        List<Finding> others = RenderFixtures.findingsAsIfOf("other", bgp);
        Section section = profileSection(bgp, others);
        assertThat(SectionText.of(section)).doesNotContain("source address", "use port numbers");
    }

    @Test
    void theSameInputGivesTheSameSection() {
        assertThat(bgp()).isEqualTo(bgp());
        assertThat(profileSection(RenderFixtures.valid("full.yaml")))
                .isEqualTo(profileSection(RenderFixtures.valid("full.yaml")));
    }

    @Test
    void keywordsOnlyAppearInRequirementsOnImplementations() {
        for (String name : List.of("bgp.yaml", "full.yaml")) {
            Section section = profileSection(RenderFixtures.valid(name));
            for (Block block : allParagraphs(section)) {
                List<Inline> inlines = ((Paragraph) block).inlines();
                if (inlines.stream().anyMatch(Keyword.class::isInstance)) {
                    assertThat(SectionText.inlines(inlines))
                            .as(name)
                            .containsAnyOf(
                                    "Implementations ",
                                    "implementations ",
                                    "an implementation",
                                    "receiver",
                                    "Receivers",
                                    "SAs of this profile",
                                    "Security associations",
                                    "security policy entry",
                                    "Certificates MUST",
                                    "a new SA MUST",
                                    "Such peers MUST");
                }
            }
        }
    }

    private static List<Block> allParagraphs(Section section) {
        List<Block> found = new java.util.ArrayList<>();
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph) {
                found.add(block);
            } else if (block instanceof DefinitionList list) {
                list.definitions()
                        .forEach(d -> d.description().stream()
                                .filter(Paragraph.class::isInstance)
                                .forEach(found::add));
            }
        }
        return found;
    }
}
