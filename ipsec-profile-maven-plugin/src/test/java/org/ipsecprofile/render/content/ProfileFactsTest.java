package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.check.rules.DeploymentRules;
import org.ipsecprofile.check.rules.KeyManagementRules;
import org.ipsecprofile.check.rules.ProtectionRules;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.render.content.ProfileFacts.AntiReplay;
import org.junit.jupiter.api.Test;

class ProfileFactsTest {

    private static final Predicate<String> LIBRARY = SectionText.LIBRARY::contains;

    private static ProfileFacts of(Profile profile) {
        return ProfileFacts.of(profile, RenderFixtures.findings(profile), LIBRARY);
    }

    private static ProfileFacts of(ProfileFixtures.ProfileBuilder builder) {
        return of(builder.build());
    }

    @Test
    void anchorIsMadeOfTheProfileId() {
        assertThat(of(ProfileFixtures.bgp()).anchor()).isEqualTo("ipsec-profile-bgp");
    }

    @Test
    void protocolNameIsTheDescriptorsName() {
        assertThat(of(RenderFixtures.valid("bgp.yaml")).protocolName()).isEqualTo("BGP-4");
    }

    @Test
    void protocolReferenceInTheLibraryIsKnown() {
        ProfileFacts facts = of(RenderFixtures.valid("bgp.yaml"));
        assertThat(facts.protocolReference()).isEqualTo("RFC4271");
        assertThat(facts.protocolReferenceKnown()).isTrue();
    }

    @Test
    void protocolReferenceOutsideTheLibraryIsNotKnown() {
        ProfileFacts facts = of(RenderFixtures.valid("full.yaml"));
        assertThat(facts.protocolReference()).isEqualTo("draft-ietf-sipcore-example-03");
        assertThat(facts.protocolReferenceKnown()).isFalse();
    }

    @Test
    void ipsecVersion2RestsOnTheRfc2401Family() {
        ProfileFacts.Anchors anchors = of(ProfileFixtures.bgp().ipsecVersion(2)).anchors();
        assertThat(List.of(anchors.architecture(), anchors.esp(), anchors.ah()))
                .containsExactly("RFC2401", "RFC2406", "RFC2402");
    }

    @Test
    void ipsecVersion3RestsOnTheRfc4301Suite() {
        ProfileFacts.Anchors anchors = of(ProfileFixtures.bgp().ipsecVersion(3)).anchors();
        assertThat(List.of(anchors.architecture(), anchors.esp(), anchors.ah()))
                .containsExactly("RFC4301", "RFC4303", "RFC4302");
    }

    @Test
    void ikeAnchorFollowsTheIkeVersion() {
        assertThat(of(ProfileFixtures.bgp().ikeVersion(IkeVersion.IKEV1))
                        .anchors()
                        .ike())
                .isEqualTo("RFC2409");
        assertThat(of(ProfileFixtures.bgp().ikeVersion(IkeVersion.IKEV2).ikeModes())
                        .anchors()
                        .ike())
                .isEqualTo("RFC7296");
    }

    @Test
    void noIkeVersionMeansNoIkeAnchor() {
        assertThat(of(ProfileFixtures.bgp().ikeVersion(null).ikeModes())
                        .anchors()
                        .ike())
                .isNull();
    }

    @Test
    void firedHoldsTheRulesOfTheProfilesFindings() {
        ProfileFacts facts = of(ProfileFixtures.bgp());
        assertThat(facts.reports(DeploymentRules.PORT_SELECTORS)).isTrue();
        assertThat(facts.reports(ProtectionRules.SENDER_ADDRESS_CHECK)).isTrue();
        assertThat(facts.reports(DeploymentRules.MULTICAST)).isFalse();
    }

    @Test
    void suppressedFindingsDoNotFire() {
        ProfileFacts facts = of(ProfileFixtures.bgp()
                .suppress(ProtectionRules.SENDER_ADDRESS_CHECK.id(), "The routers check addresses already."));
        assertThat(facts.fired()).doesNotContain(ProtectionRules.SENDER_ADDRESS_CHECK.id());
    }

    @Test
    void findingsOfOtherProfilesDoNotFire() {
        Profile bgp = ProfileFixtures.bgp().build();
        List<Finding> others = RenderFixtures.findingsAsIfOf("other", bgp);
        assertThat(ProfileFacts.of(bgp, others, LIBRARY).fired()).isEmpty();
    }

    @Test
    void eachFiredRuleIsListedOnce() {
        Profile bgp = ProfileFixtures.bgp().build();
        List<Finding> twice = new java.util.ArrayList<>(RenderFixtures.findings(bgp));
        twice.addAll(RenderFixtures.findings(bgp));
        assertThat(ProfileFacts.of(bgp, twice, LIBRARY).fired()).doesNotHaveDuplicates();
    }

    @Test
    void authorsTextIsSplitIntoParagraphsVerbatim() {
        assertThat(of(RenderFixtures.valid("full.yaml")).selectors().notes())
                .containsExactly("Registration and calls use the same selectors.", "A second paragraph.");
    }

    @Test
    void absentAuthorsTextHasNoParagraphs() {
        assertThat(of(ProfileFixtures.bgp()).keyManagement().notes()).isEmpty();
    }

    @Test
    void selectorsWithNothingGivenAreNotSpecified() {
        assertThat(of(RenderFixtures.valid("missing-items.yaml")).selectors().specified())
                .isFalse();
        assertThat(of(ProfileFixtures.bgp().initiator(null)).selectors().specified())
                .isTrue();
    }

    @Test
    void oneListedPortIsSingle() {
        ProfileFacts.PortFacts ports = of(ProfileFixtures.bgp()).selectors().ports();
        assertThat(ports.any()).isFalse();
        assertThat(ports.ranges()).containsExactly("179");
        assertThat(ports.single()).isTrue();
    }

    @Test
    void aPortRangeIsNotSingle() {
        ProfileFacts.PortFacts ports =
                of(ProfileFixtures.bgp().portRange(5060, 5061)).selectors().ports();
        assertThat(ports.ranges()).containsExactly("5060-5061");
        assertThat(ports.single()).isFalse();
    }

    @Test
    void requiredReplayProtectionWithAutomatedKeysIsRequired() {
        assertThat(of(ProfileFixtures.bgp()).protection().antiReplay()).isEqualTo(AntiReplay.REQUIRED);
    }

    @Test
    void manualKeysMakeAntiReplayUnavailable() {
        assertThat(of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.MANUAL))
                        .protection()
                        .antiReplay())
                .isEqualTo(AntiReplay.MANUAL_KEYS);
    }

    @Test
    void espWithoutIntegrityMakesAntiReplayUnavailable() {
        ProfileFacts facts = of(ProfileFixtures.bgp()
                .protocols(SecurityProtocol.ESP)
                .protectionMandatoryToImplement(null)
                .confidentiality(Need.REQUIRED)
                .integrity(Integrity.NONE));
        assertThat(facts.protection().espIntegrity()).isFalse();
        assertThat(facts.protection().antiReplay()).isEqualTo(AntiReplay.WITHOUT_INTEGRITY);
    }

    @Test
    void noSecurityProtocolMeansNoAntiReplayStatement() {
        assertThat(of(ProfileFixtures.bgp().protocols().protectionMandatoryToImplement(null))
                        .protection()
                        .antiReplay())
                .isNull();
    }

    @Test
    void optionalNatTraversalIsNeeded() {
        assertThat(of(ProfileFixtures.bgp().natTraversal(NatTraversal.OPTIONAL))
                        .protection()
                        .natTraversalNeeded())
                .isTrue();
        assertThat(of(ProfileFixtures.bgp()).protection().natTraversalNeeded()).isFalse();
    }

    @Test
    void ikePayloadsAreNamedOnlyWithIkeOfAKnownVersion() {
        assertThat(of(ProfileFixtures.bgp()).identification().ikePayloads()).isTrue();
        assertThat(of(ProfileFixtures.bgp().ikeVersion(null).ikeModes())
                        .identification()
                        .ikePayloads())
                .isFalse();
        assertThat(of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.KINK))
                        .identification()
                        .ikePayloads())
                .isFalse();
    }

    @Test
    void mandatoryMethodOutsideTheMethodsIsDropped() {
        ProfileFacts facts = of(ProfileFixtures.bgp()
                .authenticationMethods(AuthenticationMethod.CERTIFICATES, AuthenticationMethod.EAP)
                .authenticationMandatoryToImplement(AuthenticationMethod.KERBEROS));
        assertThat(facts.authentication().mandatoryToImplement()).isNull();
    }

    @Test
    void userIdentitiesAreThoseThatNameAUser() {
        assertThat(of(RenderFixtures.valid("full.yaml")).userSwitching().userIdentities())
                .isTrue();
        assertThat(of(ProfileFixtures.bgp()).userSwitching().userIdentities()).isFalse();
    }

    @Test
    void kerberosDeploymentIsFalseUnlessStated() {
        assertThat(of(ProfileFixtures.bgp().keyManagementMethod(KeyManagementMethod.KINK))
                        .keyManagement()
                        .kerberosDeployment())
                .isFalse();
    }

    @Test
    void availabilityTargetsAreStripped() {
        assertThat(of(RenderFixtures.valid("full.yaml")).availability().targets())
                .containsExactly("Desk phones", "Soft clients");
    }

    @Test
    void sharedSecretScalingIsReportedForManyToManyPreSharedSecrets() {
        assertThat(of(ProfileFixtures.bgp()
                                .authenticationMethods(AuthenticationMethod.PRE_SHARED_SECRET)
                                .authenticationMandatoryToImplement(null))
                        .reports(KeyManagementRules.SHARED_SECRET_SCALING))
                .isTrue();
    }
}
