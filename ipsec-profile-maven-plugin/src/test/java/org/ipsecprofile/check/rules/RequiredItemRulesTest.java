package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.check.ProfileFixtures.bgp;
import static org.ipsecprofile.check.rules.RuleExpectations.reportsMissing;
import static org.ipsecprofile.check.rules.RuleExpectations.staysQuiet;

import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.SecurityProtocol;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequiredItemRulesTest {

    @Nested
    class Selectors {

        @Test
        void bgpAnswersItemA() {
            staysQuiet("selectors", bgp());
        }

        @Test
        void absentSectionReportsInitiatorAndTransport() {
            reportsMissing(
                    "selectors",
                    bgp().initiator(null).transport(null).ports(),
                    "selectors.initiator",
                    "selectors.transport");
        }

        @Test
        void missingInitiatorIsReported() {
            reportsMissing("selectors", bgp().initiator(null), "selectors.initiator");
        }

        @Test
        void blankInitiatorCountsAsMissing() {
            reportsMissing("selectors", bgp().initiator("  "), "selectors.initiator");
        }

        @Test
        void missingTransportIsReported() {
            reportsMissing("selectors", bgp().transport(null), "selectors.transport");
        }

        @ParameterizedTest
        @ValueSource(strings = {"tcp", "udp", "sctp"})
        void missingPortsAreReportedForTransportsWithPorts(String transport) {
            var violations =
                    reportsMissing("selectors", bgp().transport(transport).ports(), "selectors.ports");
            assertThat(violations.get(0).message()).contains("with transport " + transport);
        }

        @Test
        void missingPortsAreReportedForTcpGivenAsProtocolNumber() {
            reportsMissing("selectors", bgp().transportNumber(6).ports(), "selectors.ports");
        }

        @ParameterizedTest
        @ValueSource(strings = {"icmp", "any"})
        void portsMayBeOmittedForTransportsWithoutPorts(String transport) {
            staysQuiet("selectors", bgp().transport(transport).ports());
        }

        @Test
        void portsAnyAnswersThePortQuestion() {
            staysQuiet("selectors", bgp().anyPort());
        }
    }

    @Nested
    class Protection {

        @Test
        void bgpAnswersItemB() {
            staysQuiet("protection", bgp());
        }

        @Test
        void missingProtocolsAreReported() {
            reportsMissing(
                    "protection", bgp().protocols().protectionMandatoryToImplement(null), "protection.protocols");
        }

        @Test
        void missingModeIsReported() {
            reportsMissing("protection", bgp().mode(null), "protection.mode");
        }

        @Test
        void missingConfidentialityIsReported() {
            reportsMissing("protection", bgp().confidentiality(null), "protection.confidentiality");
        }

        @Test
        void bothProtocolsWithoutMandatoryToImplementAreReported() {
            reportsMissing("protection", bgp().protectionMandatoryToImplement(null), "protection.mandatoryToImplement");
        }

        @Test
        void oneProtocolNeedsNoMandatoryToImplement() {
            staysQuiet("protection", bgp().protocols(SecurityProtocol.ESP).protectionMandatoryToImplement(null));
        }

        @Test
        void eachMissingKeyIsItsOwnViolation() {
            reportsMissing(
                    "protection",
                    bgp().protocols()
                            .protectionMandatoryToImplement(null)
                            .mode(null)
                            .confidentiality(null),
                    "protection.protocols",
                    "protection.mode",
                    "protection.confidentiality");
        }
    }

    @Nested
    class KeyManagement {

        @Test
        void bgpAnswersItemC() {
            staysQuiet("key-management", bgp());
        }

        @Test
        void missingMethodIsReported() {
            reportsMissing("key-management", bgp().keyManagementMethod(null), "keyManagement.method");
        }
    }

    @Nested
    class Identification {

        @Test
        void bgpAnswersItemD() {
            staysQuiet("identification", bgp());
        }

        @Test
        void missingTypesAreReported() {
            reportsMissing("identification", bgp().identificationTypes(), "identification.types");
        }
    }

    @Nested
    class UserSwitching {

        @Test
        void bgpAnswersItemE() {
            staysQuiet("user-switching", bgp());
        }

        @Test
        void missingAppliesIsReported() {
            reportsMissing("user-switching", bgp().userSwitchingApplies(null), "userSwitching.applies");
        }

        @ParameterizedTest
        @ValueSource(strings = {"USER_FQDN", "X500_DN"})
        void switchingServerWithUserIdentitiesMustSayWhetherEachUserGetsAnSa(IdentityType type) {
            reportsMissing(
                    "user-switching",
                    bgp().userSwitchingApplies(true).identificationTypes(type),
                    "userSwitching.newSaPerUser");
        }

        @Test
        void switchingServerWithHostIdentitiesNeedNotSayWhetherEachUserGetsAnSa() {
            staysQuiet(
                    "user-switching",
                    bgp().userSwitchingApplies(true)
                            .identificationTypes(IdentityType.IP_ADDRESS, IdentityType.DNS_NAME));
        }

        @Test
        void serverThatDoesNotSwitchNeedNotSayWhetherEachUserGetsAnSa() {
            staysQuiet("user-switching", bgp().userSwitchingApplies(false).identificationTypes(IdentityType.USER_FQDN));
        }

        @Test
        void newSaPerUserWithoutWhenIsReported() {
            reportsMissing(
                    "user-switching",
                    bgp().userSwitchingApplies(true)
                            .identificationTypes(IdentityType.X500_DN)
                            .newSaPerUser(true),
                    "userSwitching.when");
        }

        @Test
        void newSaPerUserWithoutWhenIsReportedWhateverApplies() {
            reportsMissing(
                    "user-switching", bgp().userSwitchingApplies(false).newSaPerUser(true), "userSwitching.when");
        }

        @Test
        void newSaPerUserWithWhenIsComplete() {
            staysQuiet(
                    "user-switching",
                    bgp().userSwitchingApplies(true)
                            .identificationTypes(IdentityType.X500_DN)
                            .newSaPerUser(true)
                            .userSwitchingWhen("Right after the user logs in."));
        }

        @Test
        void noNewSaPerUserNeedsNoWhen() {
            staysQuiet(
                    "user-switching",
                    bgp().userSwitchingApplies(true)
                            .identificationTypes(IdentityType.X500_DN)
                            .newSaPerUser(false));
        }
    }

    @Nested
    class Authentication {

        @Test
        void bgpAnswersItemF() {
            staysQuiet("authentication", bgp());
        }

        @Test
        void missingMethodsAreReported() {
            reportsMissing(
                    "authentication",
                    bgp().authenticationMethods().authenticationMandatoryToImplement(null),
                    "authentication.methods");
        }

        @Test
        void severalMethodsWithoutMandatoryToImplementAreReported() {
            reportsMissing(
                    "authentication",
                    bgp().authenticationMandatoryToImplement(null),
                    "authentication.mandatoryToImplement");
        }

        @Test
        void oneMethodNeedsNoMandatoryToImplement() {
            staysQuiet(
                    "authentication",
                    bgp().authenticationMethods(AuthenticationMethod.PRE_SHARED_SECRET)
                            .authenticationMandatoryToImplement(null));
        }

        @Test
        void mandatoryToImplementOutsideTheMethodsIsReported() {
            var violations = reportsMissing(
                    "authentication",
                    bgp().authenticationMandatoryToImplement(AuthenticationMethod.EAP),
                    "authentication.mandatoryToImplement");
            assertThat(violations.get(0).message()).contains("is eap").contains("[certificates, pre-shared-secret]");
        }

        @Test
        void certificatesWithoutIssuanceAreReported() {
            reportsMissing("authentication", bgp().certificateIssuance(null), "authentication.certificates.issuance");
        }

        @Test
        void sharedSecretsNeedNoIssuance() {
            staysQuiet(
                    "authentication",
                    bgp().authenticationMethods(AuthenticationMethod.PRE_SHARED_SECRET)
                            .authenticationMandatoryToImplement(null)
                            .certificateIssuance(null));
        }
    }

    @Nested
    class Authorization {

        @Test
        void bgpAnswersItemG() {
            staysQuiet("authorization", bgp());
        }

        @Test
        void missingPolicyIsReported() {
            var violations = reportsMissing("authorization", bgp().authorizationPolicy(null), "authorization.policy");
            assertThat(violations.get(0).message()).startsWith("authorization.policy is missing");
        }

        @Test
        void blankPolicyIsReported() {
            var violations = reportsMissing("authorization", bgp().authorizationPolicy(" \n "), "authorization.policy");
            assertThat(violations.get(0).message()).startsWith("authorization.policy is empty");
        }
    }

    @Nested
    class IkeVariant {

        @Test
        void bgpAnswersItemH() {
            staysQuiet("ike-variant", bgp());
        }

        @Test
        void ikeWithoutVersionIsReported() {
            reportsMissing("ike-variant", bgp().ikeVersion(null).ikeModes(), "ike.version");
        }

        @Test
        void kinkNeedsNoIkeVersion() {
            staysQuiet(
                    "ike-variant",
                    bgp().keyManagementMethod(KeyManagementMethod.KINK)
                            .ikeVersion(null)
                            .ikeModes());
        }

        @Test
        void ikev1WithoutModesIsReported() {
            var violations = reportsMissing("ike-variant", bgp().ikeModes(), "ike.modes");
            assertThat(violations.get(0).message())
                    .startsWith("ike.modes is missing: with IKEv1 the profile must say main mode, aggressive mode,"
                            + " or both");
        }

        @Test
        void ikev2NeedsNoModes() {
            staysQuiet("ike-variant", bgp().ikeVersion(IkeVersion.IKEV2).ikeModes());
        }

        @Test
        void aggressiveModeAloneAnswersTheModeQuestion() {
            staysQuiet("ike-variant", bgp().ikeModes(IkeMode.AGGRESSIVE));
        }
    }

    @Nested
    class Availability {

        @Test
        void bgpAnswersItemI() {
            staysQuiet("availability", bgp());
        }

        @Test
        void missingStatusIsReported() {
            reportsMissing("availability", bgp().availabilityStatus(null), "availability.status");
        }

        @Test
        void missingAssessmentIsReported() {
            reportsMissing("availability", bgp().availabilityAssessment(null), "availability.assessment");
        }

        @Test
        void blankAssessmentIsReported() {
            reportsMissing("availability", bgp().availabilityAssessment("   "), "availability.assessment");
        }

        @Test
        void bothMissingAreReportedSeparately() {
            reportsMissing(
                    "availability",
                    bgp().availabilityStatus(null).availabilityAssessment(null),
                    "availability.status",
                    "availability.assessment");
        }
    }
}
