package org.ipsecprofile.render.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.ProfileFixtures;
import org.ipsecprofile.check.rules.DeploymentRules;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.render.content.SharedParts.Group;
import org.ipsecprofile.render.content.SharedParts.Piece;
import org.junit.jupiter.api.Test;

/** Which profiles share the wording of each part of the Security Considerations. */
class SharedPartsTest {

    private static final Profile BGP = ProfileFixtures.bgp().build();
    private static final Profile TELEMETRY =
            ProfileFixtures.bgp().id("telemetry").protocolName("Telemetry").build();
    private static final Profile CONTROL = ProfileFixtures.bgp()
            .id("control")
            .protocolName("Control")
            .transport("udp")
            .ports(4789)
            .confidentiality(Need.REQUIRED)
            .mode(Mode.TUNNEL)
            .authenticationMethods(AuthenticationMethod.CERTIFICATES)
            .authenticationMandatoryToImplement(null)
            .certificateIssuance(CertificateIssuance.EXISTING_PKI)
            .build();

    private static Map<String, List<Group>> parts(Profile... profiles) {
        List<Finding> findings = Arrays.stream(profiles)
                .flatMap(p -> RenderFixtures.findings(p).stream())
                .toList();
        return RenderFixtures.securityFacts(List.of(profiles), findings).parts();
    }

    /** Each group as "ids: piece, piece". */
    private static List<String> summary(List<Group> groups) {
        return groups.stream()
                .map(group -> String.join(
                                " ",
                                group.profiles().stream()
                                        .map(ProfileSecurityFacts::name)
                                        .toList())
                        + (group.all() ? " (all)" : "")
                        + ": "
                        + String.join(
                                ", ", group.pieces().stream().map(Piece::name).toList()))
                .toList();
    }

    @Test
    void profilesWithEqualFactsShareAPieceAndTheOthersGetTheirOwn() {
        Map<String, List<Group>> parts = parts(BGP, TELEMETRY, CONTROL);

        assertThat(summary(parts.get("introduction")))
                .containsExactly("BGP-4 Telemetry: services", "Control: services");
        assertThat(summary(parts.get("eavesdropping")))
                .containsExactly("BGP-4 Telemetry: content", "Control: content, seen");
        assertThat(summary(parts.get("messageInsertion"))).containsExactly("BGP-4 Telemetry Control (all): content");
        assertThat(summary(parts.get("messageDeletion")))
                .containsExactly(
                        "BGP-4 Telemetry Control (all): general", "BGP-4 Telemetry: transport", "Control: transport");
        assertThat(summary(parts.get("manInTheMiddle")))
                .containsExactly("BGP-4 Telemetry: certificates, pre-shared-secret", "Control: certificates");
        assertThat(summary(parts.get("denialOfService")))
                .containsExactly("BGP-4 Telemetry: costs", "Control: costs", "BGP-4 Telemetry Control (all): dropping");
    }

    @Test
    void aPieceOpensItsParagraphOnlyWhenItComesFirstInADraftOfSeveralProfiles() {
        List<Group> eavesdropping = parts(BGP, CONTROL).get("eavesdropping");
        assertThat(eavesdropping.get(1).pieces()).extracting(Piece::opens).containsExactly(true, false);

        assertThat(parts(CONTROL).get("eavesdropping").get(0).pieces())
                .extracting(Piece::opens)
                .containsExactly(false, false);
    }

    @Test
    void theProtocolsOwnNameKeepsProfilesApartOnlyWhereTheWordingNamesIt() {
        Profile sip = ProfileFixtures.bgp()
                .id("sip")
                .protocolName("SIP")
                .transport("udp")
                .ports(5060)
                .build();
        Profile dns = ProfileFixtures.bgp()
                .id("dns")
                .protocolName("DNS")
                .transport("udp")
                .ports(53)
                .build();

        assertThat(summary(parts(sip, dns).get("messageDeletion")))
                .containsExactly("SIP DNS (all): general", "SIP: transport", "DNS: transport");
        assertThat(summary(parts(sip, dns).get("messageInsertion"))).containsExactly("SIP DNS (all): content");
    }

    @Test
    void eachConsequenceIsAnItemPerGroupOfProfilesWithTheFactsItsTemplateReads() {
        Profile manual = ProfileFixtures.bgp()
                .id("manual")
                .keyManagementMethod(KeyManagementMethod.MANUAL)
                .build();
        List<Group> consequences = parts(BGP, TELEMETRY, manual).get("consequences");

        assertThat(summary(consequences))
                .contains("BGP-4 Telemetry BGP-4 (all): port-selectors", "BGP-4: manual-keying")
                .contains("BGP-4 Telemetry BGP-4 (all): " + DeploymentRules.AVAILABILITY_UNKNOWN.id());
        assertThat(consequences).allSatisfy(group -> assertThat(group.pieces()).hasSize(1));
    }

    @Test
    void aSingleProfileMakesOneParagraphPerPartAsBefore() {
        Map<String, List<Group>> parts = parts(BGP);

        Map<String, Integer> paragraphs = new LinkedHashMap<>();
        parts.forEach((part, groups) -> paragraphs.put(part, groups.size()));
        assertThat(paragraphs).containsEntry("eavesdropping", 1).containsEntry("denialOfService", 1);
        assertThat(parts.get("denialOfService").get(0).pieces())
                .extracting(Piece::name)
                .containsExactly("costs", "dropping");
    }

    @Test
    void noSentenceAppearsTwiceWhenEveryBranchOfTheWordingMeetsTheOthers() {
        String text = SectionText.of(
                RenderFixtures.securitySection(SecurityVariants.all().toArray(Profile[]::new)));
        List<String> sentences = org.ipsecprofile.render.SeveralProfilesTest.sentences(text);

        assertThat(sentences).hasSizeGreaterThan(80).doesNotHaveDuplicates();
    }
}
