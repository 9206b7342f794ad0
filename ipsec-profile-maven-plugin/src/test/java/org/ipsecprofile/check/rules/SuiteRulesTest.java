package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.check.ProfileFixtures.bgp;
import static org.ipsecprofile.check.Severity.WARNING;
import static org.ipsecprofile.check.rules.AlgorithmLists.algorithms;
import static org.ipsecprofile.check.rules.RuleExpectations.firesOnce;
import static org.ipsecprofile.check.rules.RuleExpectations.staysQuiet;

import org.ipsecprofile.check.ProfileFixtures.ProfileBuilder;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Transform;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SuiteRulesTest {

    /** The BGP example moved to today's suite: IPsec version 3 with IKEv2. */
    private static ProfileBuilder modern() {
        return bgp().ipsecVersion(3).ikeVersion(IkeVersion.IKEV2).ikeModes();
    }

    @Nested
    class IpsecV2Obsolete {

        @Test
        void ipsecVersion2IsAWarningAtTheVersion() {
            Violation violation = firesOnce("ipsec-v2-obsolete", bgp(), WARNING, "ipsec.version");
            assertThat(violation.message()).contains("RFC 4301").contains("set ipsec.version to 3");
        }

        @Test
        void ipsecVersion3IsFine() {
            staysQuiet("ipsec-v2-obsolete", bgp().ipsecVersion(3));
        }
    }

    @Nested
    class Ikev1Historic {

        @Test
        void ikev1IsAWarningThatSaysHistoricAndDeprecatedWithoutAMustNot() {
            Violation violation = firesOnce("ikev1-historic", bgp(), WARNING, "ike.version");
            assertThat(violation.message())
                    .contains("Historic and deprecated")
                    .contains("set ike.version to ikev2")
                    .doesNotContain("MUST NOT")
                    .doesNotContain("forbid");
        }

        @Test
        void ikev1IsAWarningWhateverTheIpsecVersion() {
            firesOnce("ikev1-historic", bgp().ipsecVersion(3), WARNING, "ike.version");
        }

        @Test
        void ikev2IsFine() {
            staysQuiet("ikev1-historic", modern());
        }

        @Test
        void aMissingVersionIsLeftToIkeVariant() {
            staysQuiet("ikev1-historic", bgp().ikeVersion(null).ikeModes());
        }
    }

    @Nested
    class AlgorithmsUnspecified {

        @Test
        void aVersion3ProfileWithoutAlgorithmsIsAWarning() {
            Violation violation = firesOnce("algorithms-unspecified", modern(), WARNING, "ipsec.version");
            assertThat(violation.message()).contains("algorithms.companion: true");
        }

        @Test
        void theFindingStandsAtTheAlgorithmsKeyWhenTheDescriptorWritesIt() {
            firesOnce(
                    "algorithms-unspecified",
                    modern().algorithms(algorithms().companion(false).build())
                            .position("algorithms", 31, 1)
                            .position("algorithms.companion", 31, 14),
                    WARNING,
                    "algorithms");
        }

        @Test
        void theCompanionDocumentsAreEnough() {
            staysQuiet(
                    "algorithms-unspecified",
                    modern().algorithms(algorithms().companion(true).build()));
        }

        @Test
        void anyOneListIsEnough() {
            staysQuiet(
                    "algorithms-unspecified",
                    modern().algorithms(algorithms().ikeKeyExchange(19).build()));
            staysQuiet(
                    "algorithms-unspecified",
                    modern().algorithms(algorithms()
                            .ahIntegrity(Transform.AUTH_HMAC_SHA2_256_128)
                            .build()));
        }

        @Test
        void aVersion2ProfileIsLeftToIpsecV2Obsolete() {
            staysQuiet("algorithms-unspecified", bgp().algorithms(Algorithms.absent()));
        }
    }

    @Nested
    class AhMandatory {

        @Test
        void ahAsTheOnlyProtocolOfAVersion3ProfileIsAWarning() {
            firesOnce(
                    "ah-mandatory",
                    modern().protocols(SecurityProtocol.AH).protectionMandatoryToImplement(null),
                    WARNING,
                    "protection.protocols");
        }

        @Test
        void ahMandatoryToImplementInAVersion3ProfileIsAWarning() {
            firesOnce(
                    "ah-mandatory",
                    modern().protectionMandatoryToImplement(SecurityProtocol.AH),
                    WARNING,
                    "protection.mandatoryToImplement");
        }

        @Test
        void espMandatoryToImplementBesideAhIsFine() {
            staysQuiet("ah-mandatory", modern());
        }

        @Test
        void aVersion2ProfileMayMakeAhMandatory() {
            staysQuiet("ah-mandatory", bgp().protocols(SecurityProtocol.AH).protectionMandatoryToImplement(null));
            staysQuiet("ah-mandatory", bgp().protectionMandatoryToImplement(SecurityProtocol.AH));
        }
    }

    @Nested
    class GatewayTransportMode {

        @Test
        void transportModeOnFirewallsIsAWarning() {
            firesOnce(
                    "gateway-transport-mode",
                    bgp().endpoints(EndpointKind.ROUTERS, EndpointKind.FIREWALLS),
                    WARNING,
                    "protection.mode");
        }

        @Test
        void tunnelModeOnFirewallsIsFine() {
            staysQuiet(
                    "gateway-transport-mode",
                    bgp().endpoints(EndpointKind.FIREWALLS).mode(Mode.TUNNEL));
        }

        @Test
        void transportModeWithoutFirewallsIsFine() {
            staysQuiet("gateway-transport-mode", bgp());
            staysQuiet("gateway-transport-mode", bgp().endpoints());
        }
    }
}
