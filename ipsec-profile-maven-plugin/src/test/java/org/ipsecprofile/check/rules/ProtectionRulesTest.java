package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.check.ProfileFixtures.bgp;
import static org.ipsecprofile.check.Severity.ERROR;
import static org.ipsecprofile.check.Severity.INFO;
import static org.ipsecprofile.check.Severity.WARNING;
import static org.ipsecprofile.check.rules.RuleExpectations.firesOnce;
import static org.ipsecprofile.check.rules.RuleExpectations.staysQuiet;
import static org.ipsecprofile.model.SecurityProtocol.AH;
import static org.ipsecprofile.model.SecurityProtocol.ESP;

import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProtectionRulesTest {

    @Nested
    class ConfidentialityRequiresEsp {

        @ParameterizedTest
        @EnumSource(
                value = Need.class,
                names = {"REQUIRED", "OPTIONAL"})
        void confidentialityWithOnlyAhIsAnError(Need confidentiality) {
            firesOnce(
                    "confidentiality-requires-esp",
                    bgp().protocols(AH).protectionMandatoryToImplement(null).confidentiality(confidentiality),
                    ERROR,
                    "protection.confidentiality");
        }

        @Test
        void noConfidentialityNeedsNoEsp() {
            staysQuiet(
                    "confidentiality-requires-esp",
                    bgp().protocols(AH).protectionMandatoryToImplement(null).confidentiality(Need.NONE));
        }

        @Test
        void confidentialityWithEspAllowedIsFine() {
            staysQuiet("confidentiality-requires-esp", bgp().confidentiality(Need.REQUIRED));
        }
    }

    @Nested
    class AhBehindNat {

        @Test
        void ahIsAnErrorWhenItIsTheOnlyProtocolAndNatIsLikely() {
            var violation = firesOnce(
                    "ah-behind-nat",
                    bgp().natLikely(true).protocols(AH).protectionMandatoryToImplement(null),
                    ERROR,
                    "protection.protocols");
            assertThat(violation.message()).contains("the only protocol");
        }

        @Test
        void ahIsAnErrorWhenItIsMandatoryToImplementAndNatIsLikely() {
            var violation = firesOnce(
                    "ah-behind-nat",
                    bgp().natLikely(true).protocols(ESP, AH).protectionMandatoryToImplement(AH),
                    ERROR,
                    "protection.protocols");
            assertThat(violation.message()).contains("mandatory to implement");
        }

        @Test
        void ahBesideMandatoryEspIsAWarningWhenNatIsLikely() {
            firesOnce("ah-behind-nat", bgp().natLikely(true), WARNING, "protection.protocols");
        }

        @Test
        void ahIsFineWhenNatIsUnlikely() {
            staysQuiet("ah-behind-nat", bgp().protocols(AH).protectionMandatoryToImplement(null));
        }

        @Test
        void espAloneIsFineWhenNatIsLikely() {
            staysQuiet("ah-behind-nat", bgp().natLikely(true).protocols(ESP).protectionMandatoryToImplement(null));
        }
    }

    @Nested
    class NatTraversalRule {

        @ParameterizedTest
        @EnumSource(
                value = NatTraversal.class,
                names = {"OPTIONAL", "NOT_NEEDED"})
        void espBehindNatWithoutRequiredTraversalIsAWarning(NatTraversal traversal) {
            var violation = firesOnce(
                    "nat-traversal", bgp().natLikely(true).natTraversal(traversal), WARNING, "protection.natTraversal");
            assertThat(violation.message()).contains("is " + traversal.keyword());
        }

        @Test
        void requiredTraversalSatisfiesIt() {
            staysQuiet("nat-traversal", bgp().natLikely(true).natTraversal(NatTraversal.REQUIRED));
        }

        @Test
        void traversalIsNotAskedForWhenNatIsUnlikely() {
            staysQuiet("nat-traversal", bgp().natTraversal(NatTraversal.NOT_NEEDED));
        }

        @Test
        void traversalIsNotAskedForWithoutEsp() {
            staysQuiet("nat-traversal", bgp().natLikely(true).protocols(AH).protectionMandatoryToImplement(null));
        }
    }

    @Nested
    class EspWithoutIntegrity {

        @ParameterizedTest
        @EnumSource(
                value = Need.class,
                names = {"REQUIRED", "OPTIONAL"})
        void encryptionWithoutIntegrityIsAWarning(Need confidentiality) {
            firesOnce(
                    "esp-without-integrity",
                    bgp().integrity(Integrity.NONE).confidentiality(confidentiality),
                    WARNING,
                    "protection.integrity");
        }

        @Test
        void noIntegrityWithoutEncryptionIsNotThisRulesConcern() {
            staysQuiet("esp-without-integrity", bgp().integrity(Integrity.NONE).confidentiality(Need.NONE));
        }

        @Test
        void encryptionWithIntegrityIsFine() {
            staysQuiet(
                    "esp-without-integrity", bgp().integrity(Integrity.REQUIRED).confidentiality(Need.REQUIRED));
        }

        @Test
        void withoutEspTheRuleDoesNotApply() {
            staysQuiet(
                    "esp-without-integrity",
                    bgp().protocols(AH)
                            .protectionMandatoryToImplement(null)
                            .integrity(Integrity.NONE)
                            .confidentiality(Need.REQUIRED));
        }
    }

    @Nested
    class AhEspCombined {

        @Test
        void combinedAhAndEspIsNoted() {
            firesOnce("ah-esp-combined", bgp().combined(true), INFO, "protection.combined");
        }

        @Test
        void separateAhAndEspAreNotNoted() {
            staysQuiet("ah-esp-combined", bgp().combined(false));
        }
    }

    @Nested
    class TunnelForHostToHost {

        @Test
        void tunnelModeBetweenEndHostsIsNoted() {
            firesOnce(
                    "tunnel-for-host-to-host",
                    bgp().mode(Mode.TUNNEL).endpoints(EndpointKind.HOSTS, EndpointKind.SERVERS, EndpointKind.MOBILE),
                    INFO,
                    "protection.mode");
        }

        @Test
        void tunnelModeIsExpectedWhenAGatewayIsAmongTheEndpoints() {
            staysQuiet(
                    "tunnel-for-host-to-host",
                    bgp().mode(Mode.TUNNEL).endpoints(EndpointKind.HOSTS, EndpointKind.ROUTERS));
        }

        @Test
        void tunnelModeIsNotNotedWhenEndpointsAreNotGiven() {
            staysQuiet("tunnel-for-host-to-host", bgp().mode(Mode.TUNNEL).endpoints());
        }

        @Test
        void transportModeBetweenEndHostsIsFine() {
            staysQuiet("tunnel-for-host-to-host", bgp().mode(Mode.TRANSPORT).endpoints(EndpointKind.HOSTS));
        }
    }

    @Nested
    class SenderAddressCheck {

        @Test
        void espTransportWithAddressIdentitiesNeedsTheSourceAddressCheck() {
            firesOnce("sender-address-check", bgp(), INFO, "identification.types");
        }

        @Test
        void tunnelModeDoesNotNeedIt() {
            staysQuiet("sender-address-check", bgp().mode(Mode.TUNNEL));
        }

        @Test
        void nameIdentitiesDoNotNeedIt() {
            staysQuiet("sender-address-check", bgp().identificationTypes(IdentityType.DNS_NAME));
        }

        @Test
        void ahAloneDoesNotNeedIt() {
            staysQuiet("sender-address-check", bgp().protocols(AH).protectionMandatoryToImplement(null));
        }
    }
}
