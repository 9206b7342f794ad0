package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.check.rules.DeploymentRules;
import org.ipsecprofile.check.rules.KeyManagementRules;
import org.ipsecprofile.check.rules.ProtectionRules;
import org.ipsecprofile.check.rules.SuiteRules;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.render.content.ProfileSecurityFacts.Level;
import org.ipsecprofile.render.content.ProfileSecurityFacts.Met;
import org.ipsecprofile.render.content.ProfileSecurityFacts.UpperLayer;
import org.junit.jupiter.api.Test;

class SecurityFactsTest {

    private static SecurityFacts factsOf(Profile... profiles) {
        List<Finding> findings = java.util.Arrays.stream(profiles)
                .flatMap(p -> RenderFixtures.findings(p).stream())
                .toList();
        return RenderFixtures.securityFacts(List.of(profiles), findings);
    }

    private static ProfileSecurityFacts of(ProfileFixtures.ProfileBuilder builder) {
        return factsOf(builder.build()).profiles().get(0);
    }

    private static ProfileSecurityFacts bgp() {
        return of(ProfileFixtures.bgp());
    }

    @Test
    void espWithIntegrityProvidesIntegrityOnEverySa() {
        assertThat(bgp().services().integrity()).isEqualTo(Level.ALWAYS);
    }

    @Test
    void espWithoutIntegrityBesideAhProvidesIntegrityOnlySometimes() {
        assertThat(of(ProfileFixtures.bgp().integrity(Integrity.NONE))
                        .services()
                        .integrity())
                .isEqualTo(Level.SOMETIMES);
    }

    @Test
    void espAloneWithoutIntegrityNeverProvidesIntegrity() {
        assertThat(of(ProfileFixtures.bgp().protocols(SecurityProtocol.ESP).integrity(Integrity.NONE))
                        .services()
                        .integrity())
                .isEqualTo(Level.NEVER);
    }

    @Test
    void noProtocolLeavesIntegrityUnknown() {
        assertThat(of(ProfileFixtures.bgp().protocols()).services().integrity()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void confidentialityFollowsTheNeedForIt() {
        assertThat(bgp().services().confidentiality()).isEqualTo(Level.NEVER);
        assertThat(of(ProfileFixtures.bgp().confidentiality(Need.OPTIONAL))
                        .services()
                        .confidentiality())
                .isEqualTo(Level.SOMETIMES);
        assertThat(of(ProfileFixtures.bgp().confidentiality(Need.REQUIRED))
                        .services()
                        .confidentiality())
                .isEqualTo(Level.ALWAYS);
        assertThat(of(ProfileFixtures.bgp().confidentiality(null)).services().confidentiality())
                .isEqualTo(Level.UNKNOWN);
    }

    @Test
    void requiredConfidentialityWithoutEspIsNeverProvided() {
        assertThat(of(ProfileFixtures.bgp().protocols(SecurityProtocol.AH).confidentiality(Need.REQUIRED))
                        .services()
                        .confidentiality())
                .isEqualTo(Level.NEVER);
    }

    @Test
    void automatedKeysGiveAntiReplayProtection() {
        ProfileSecurityFacts facts = bgp();
        assertThat(facts.automatedKeys()).isTrue();
        assertThat(facts.services().antiReplay()).isEqualTo(Level.ALWAYS);
    }

    @Test
    void manualKeysGiveNoAntiReplayProtection() {
        ProfileSecurityFacts facts = of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.MANUAL));
        assertThat(facts.automatedKeys()).isFalse();
        assertThat(facts.keyManagement()).isEqualTo(KeyManagementMethod.MANUAL);
        assertThat(facts.services().antiReplay()).isEqualTo(Level.NEVER);
    }

    @Test
    void kinkKeysAreAutomated() {
        assertThat(of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.KINK))
                        .automatedKeys())
                .isTrue();
    }

    @Test
    void optionalReplayProtectionHoldsOnlySometimes() {
        assertThat(of(ProfileFixtures.bgp().replayProtection(Need.OPTIONAL))
                        .services()
                        .antiReplay())
                .isEqualTo(Level.SOMETIMES);
    }

    @Test
    void replayProtectionTurnedOffIsNeverProvided() {
        ProfileSecurityFacts facts = of(ProfileFixtures.bgp().replayProtection(Need.NONE));
        assertThat(facts.replayDisabled()).isTrue();
        assertThat(facts.services().antiReplay()).isEqualTo(Level.NEVER);
    }

    @Test
    void openKeyManagementLeavesAntiReplayUnknown() {
        ProfileSecurityFacts facts = of(ProfileFixtures.bgp().keyManagementMethod(null));
        assertThat(facts.keyManagement()).isNull();
        assertThat(facts.services().antiReplay()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void threatsAreMetAsFarAsTheServicesHold() {
        ProfileSecurityFacts.Threats threats = bgp().threats();
        assertThat(threats.eavesdropping()).isEqualTo(Met.NOT);
        assertThat(threats.replay()).isEqualTo(Met.FULLY);
        assertThat(threats.messageInsertion()).isEqualTo(Met.FULLY);
        assertThat(threats.messageModification()).isEqualTo(Met.FULLY);
        assertThat(threats.messageDeletion()).isEqualTo(Met.NOT);
        assertThat(threats.manInTheMiddle()).isEqualTo(Met.PARTLY);
        assertThat(threats.denialOfService()).isEqualTo(Met.NOT);
    }

    @Test
    void optionalEncryptionMeetsEavesdroppingPartly() {
        assertThat(of(ProfileFixtures.bgp().confidentiality(Need.OPTIONAL))
                        .threats()
                        .eavesdropping())
                .isEqualTo(Met.PARTLY);
    }

    @Test
    void withoutAuthenticationManInTheMiddleIsOpen() {
        ProfileSecurityFacts facts =
                of(ProfileFixtures.bgp().authenticationMethods().authenticationMandatoryToImplement(null));
        assertThat(facts.services().peersAuthenticated()).isFalse();
        assertThat(facts.threats().manInTheMiddle()).isEqualTo(Met.UNKNOWN);
    }

    @Test
    void manualKeysAuthenticatePeersWithoutAnAuthenticationMethod() {
        ProfileSecurityFacts facts = of(ProfileFixtures.bgp()
                .keyManagementMethod(KeyManagementMethod.MANUAL)
                .authenticationMethods()
                .authenticationMandatoryToImplement(null));
        assertThat(facts.services().peersAuthenticated()).isTrue();
        assertThat(facts.threats().manInTheMiddle()).isEqualTo(Met.PARTLY);
    }

    @Test
    void transportTellsTcpAndSctpFromTheRest() {
        assertThat(bgp().transport()).isEqualTo(UpperLayer.TCP);
        assertThat(of(ProfileFixtures.bgp().transport("sctp")).transport()).isEqualTo(UpperLayer.SCTP);
        assertThat(of(ProfileFixtures.bgp().transport("udp")).transport()).isEqualTo(UpperLayer.OTHER);
        assertThat(of(ProfileFixtures.bgp().transport(null)).transport()).isEqualTo(UpperLayer.OTHER);
    }

    @Test
    void reportedGuidanceRulesAreListedInCatalogueOrder() {
        assertThat(bgp().rules())
                .containsExactly(
                        DeploymentRules.PORT_SELECTORS.id(),
                        ProtectionRules.SENDER_ADDRESS_CHECK.id(),
                        DeploymentRules.AVAILABILITY_UNKNOWN.id(),
                        SuiteRules.IPSEC_V2_OBSOLETE.id(),
                        SuiteRules.IKEV1_HISTORIC.id());
    }

    @Test
    void suppressedRulesAreLeftOut() {
        ProfileSecurityFacts facts = of(ProfileFixtures.bgp()
                .suppress(
                        ProtectionRules.SENDER_ADDRESS_CHECK.id(),
                        "The routers verify addresses by other means already."));
        assertThat(facts.rules()).doesNotContain(ProtectionRules.SENDER_ADDRESS_CHECK.id());
        assertThat(facts.senderAddressCheck()).isFalse();
    }

    @Test
    void theSourceAddressCheckIsAFactOfItsOwn() {
        assertThat(bgp().senderAddressCheck()).isTrue();
    }

    @Test
    void requiredItemsAreNotGuidanceRules() {
        Profile missing = RenderFixtures.valid("missing-items.yaml");
        assertThat(RenderFixtures.findings(missing))
                .anyMatch(finding -> finding.rule().equals("selectors"));
        assertThat(factsOf(missing).profiles().get(0).rules()).doesNotContain("selectors");
    }

    @Test
    void findingsOfAnotherProfileDoNotCount() {
        Profile manual = ProfileFixtures.bgp()
                .id("manual")
                .keyManagementMethod(KeyManagementMethod.MANUAL)
                .build();
        Profile bgp = ProfileFixtures.bgp().build();
        SecurityFacts facts = factsOf(bgp, manual);
        assertThat(facts.profiles().get(0).rules()).doesNotContain(KeyManagementRules.MANUAL_KEYING.id());
        assertThat(facts.profiles().get(1).rules()).contains(KeyManagementRules.MANUAL_KEYING.id());
    }

    @Test
    void referencesShowTheAnchorAndTitleOfTheProfileSection() {
        Profile profile = RenderFixtures.valid("bgp.yaml");
        Section section = RenderFixtures.profileSection(profile);
        ProfileSecurityFacts facts = factsOf(profile).profiles().get(0);
        assertThat(facts.anchor()).isEqualTo(section.anchor());
        assertThat(facts.title()).isEqualTo(section.title());
        assertThat(facts.name()).isEqualTo("BGP-4");
    }

    @Test
    void theSectionTitleCanComeFromTheRenderedProfileSection() {
        Profile profile = ProfileFixtures.bgp().build();
        SecurityFacts facts = SecurityFacts.of(List.of(profile), List.of(), p -> "Title of " + p.id());
        assertThat(facts.profiles().get(0).title()).isEqualTo("Title of bgp");
    }

    @Test
    void severalOnlyWithMoreThanOneProfile() {
        assertThat(factsOf(ProfileFixtures.bgp().build()).several()).isFalse();
        assertThat(factsOf(
                                ProfileFixtures.bgp().build(),
                                ProfileFixtures.bgp().id("other").build())
                        .several())
                .isTrue();
    }

    @Test
    void consequencesOnlyWhenAReportedRuleHasOne() {
        assertThat(factsOf(ProfileFixtures.bgp().build()).consequences()).isTrue();
        Profile onlySourceCheck = ProfileFixtures.bgp()
                .anyPort()
                .availabilityStatus(org.ipsecprofile.model.AvailabilityStatus.AVAILABLE)
                .build();
        SecurityFacts facts = factsOf(onlySourceCheck);
        // The rules of today's suite that the BGP example reports have no consequence (yet) either.
        assertThat(facts.profiles().get(0).rules())
                .containsExactly(
                        ProtectionRules.SENDER_ADDRESS_CHECK.id(),
                        SuiteRules.IPSEC_V2_OBSOLETE.id(),
                        SuiteRules.IKEV1_HISTORIC.id());
        assertThat(facts.consequences()).isFalse();
    }

    @Test
    void consequenceRulesAreTheGuidanceRulesNotDeclaredToHaveNone() {
        SecurityFacts facts = factsOf(ProfileFixtures.bgp().build());
        assertThat(facts.consequenceRules())
                .contains(KeyManagementRules.MANUAL_KEYING.id(), DeploymentRules.PORT_SELECTORS.id())
                .doesNotContainAnyElementsOf(SecurityFacts.NO_CONSEQUENCE)
                .hasSize(SecurityFacts.guidanceRules().size() - SecurityFacts.NO_CONSEQUENCE.size());
    }

    @Test
    void additionalTextIsSplitIntoItsParagraphs() {
        assertThat(factsOf(RenderFixtures.valid("full.yaml")).profiles().get(0).additional())
                .containsExactly("First extra paragraph.", "Second extra paragraph,\non two lines.");
    }

    @Test
    void authenticationMethodsAreTheProfilesOwnListNotACopy() {
        Profile profile = ProfileFixtures.bgp().build();
        assertThat(factsOf(profile).profiles().get(0).authentication())
                .isSameAs(profile.authentication().methods())
                .containsExactly(AuthenticationMethod.CERTIFICATES, AuthenticationMethod.PRE_SHARED_SECRET);
    }

    @Test
    void noProfileGivesNoFacts() {
        SecurityFacts facts = RenderFixtures.securityFacts(List.of(), List.of());
        assertThat(facts.profiles()).isEmpty();
        assertThat(facts.several()).isFalse();
        assertThat(facts.consequences()).isFalse();
    }
}
