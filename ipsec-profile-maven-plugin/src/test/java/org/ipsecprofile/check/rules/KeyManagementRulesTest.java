package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.check.ProfileFixtures.bgp;
import static org.ipsecprofile.check.Severity.ERROR;
import static org.ipsecprofile.check.Severity.INFO;
import static org.ipsecprofile.check.Severity.WARNING;
import static org.ipsecprofile.check.rules.RuleExpectations.firesOnce;
import static org.ipsecprofile.check.rules.RuleExpectations.staysQuiet;
import static org.ipsecprofile.model.AuthenticationMethod.CERTIFICATES;
import static org.ipsecprofile.model.AuthenticationMethod.EAP;
import static org.ipsecprofile.model.AuthenticationMethod.PRE_SHARED_SECRET;

import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyManagementRulesTest {

    @Nested
    class ManualKeying {

        @Test
        void manualKeysWithRequiredReplayProtectionAreAnError() {
            firesOnce(
                    "manual-keying",
                    bgp().keyManagementMethod(KeyManagementMethod.MANUAL),
                    ERROR,
                    "keyManagement.method");
        }

        @ParameterizedTest
        @EnumSource(
                value = Need.class,
                names = {"OPTIONAL", "NONE"})
        void manualKeysWithoutRequiredReplayProtectionAreAWarning(Need replayProtection) {
            firesOnce(
                    "manual-keying",
                    bgp().keyManagementMethod(KeyManagementMethod.MANUAL).replayProtection(replayProtection),
                    WARNING,
                    "keyManagement.method");
        }

        @Test
        void automatedKeyManagementIsFine() {
            staysQuiet("manual-keying", bgp().keyManagementMethod(KeyManagementMethod.IKE));
        }
    }

    @Nested
    class KinkRequiresKerberos {

        @Test
        void kinkWithoutSayingKerberosIsDeployedIsAnError() {
            firesOnce(
                    "kink-requires-kerberos",
                    bgp().keyManagementMethod(KeyManagementMethod.KINK),
                    ERROR,
                    "keyManagement.kerberosInfrastructure");
        }

        @Test
        void kinkWithoutKerberosIsAnError() {
            firesOnce(
                    "kink-requires-kerberos",
                    bgp().keyManagementMethod(KeyManagementMethod.KINK).kerberosInfrastructure(false),
                    ERROR,
                    "keyManagement.kerberosInfrastructure");
        }

        @Test
        void kinkWithKerberosIsFine() {
            staysQuiet(
                    "kink-requires-kerberos",
                    bgp().keyManagementMethod(KeyManagementMethod.KINK).kerberosInfrastructure(true));
        }

        @Test
        void ikeNeedsNoKerberos() {
            staysQuiet("kink-requires-kerberos", bgp().kerberosInfrastructure(false));
        }
    }

    @Nested
    class SharedSecretScaling {

        @Test
        void sharedSecretsAsTheOnlyMethodAmongManyPeersAreAWarning() {
            firesOnce(
                    "shared-secret-scaling",
                    bgp().authenticationMethods(PRE_SHARED_SECRET).authenticationMandatoryToImplement(null),
                    WARNING,
                    "authentication.methods");
        }

        @Test
        void sharedSecretsMandatoryAmongManyPeersAreAWarning() {
            firesOnce(
                    "shared-secret-scaling",
                    bgp().authenticationMandatoryToImplement(PRE_SHARED_SECRET),
                    WARNING,
                    "authentication.mandatoryToImplement");
        }

        @Test
        void sharedSecretsBesideMandatoryCertificatesAreFine() {
            staysQuiet("shared-secret-scaling", bgp().authenticationMandatoryToImplement(CERTIFICATES));
        }

        @Test
        void sharedSecretsBetweenPairsAreFine() {
            staysQuiet(
                    "shared-secret-scaling",
                    bgp().scale(Scale.PAIRWISE)
                            .authenticationMethods(PRE_SHARED_SECRET)
                            .authenticationMandatoryToImplement(null));
        }
    }

    @Nested
    class Pki {

        @Test
        void globalPkiIsAnError() {
            firesOnce(
                    "global-pki",
                    bgp().certificateIssuance(CertificateIssuance.GLOBAL_PKI),
                    ERROR,
                    "authentication.certificates.issuance");
        }

        @Test
        void existingPkiIsAWarning() {
            firesOnce(
                    "existing-pki",
                    bgp().certificateIssuance(CertificateIssuance.EXISTING_PKI),
                    WARNING,
                    "authentication.certificates.issuance");
        }

        @Test
        void existingPkiIsNotAGlobalPki() {
            staysQuiet("global-pki", bgp().certificateIssuance(CertificateIssuance.EXISTING_PKI));
        }

        @Test
        void globalPkiIsNotAnExistingPki() {
            staysQuiet("existing-pki", bgp().certificateIssuance(CertificateIssuance.GLOBAL_PKI));
        }

        @Test
        void locallyIssuedCertificatesAreFine() {
            staysQuiet("global-pki", bgp().certificateIssuance(CertificateIssuance.LOCALLY_ISSUED));
            staysQuiet("existing-pki", bgp().certificateIssuance(CertificateIssuance.LOCALLY_ISSUED));
        }
    }

    @Nested
    class PublicKeyCost {

        @Test
        void certificatesOnConstrainedDevicesAreNoted() {
            var violation =
                    firesOnce("public-key-cost", bgp().constrainedDevices(true), INFO, "authentication.methods");
            assertThat(violation.message()).contains("context.constrainedDevices is true");
        }

        @Test
        void certificatesAtConcentratorsAreNoted() {
            var violation = firesOnce("public-key-cost", bgp().concentrators(true), INFO, "authentication.methods");
            assertThat(violation.message()).contains("context.concentrators is true");
        }

        @Test
        void certificatesOnOrdinaryDevicesAreNotNoted() {
            staysQuiet("public-key-cost", bgp());
        }

        @Test
        void sharedSecretsOnConstrainedDevicesAreNotNoted() {
            staysQuiet(
                    "public-key-cost",
                    bgp().authenticationMethods(PRE_SHARED_SECRET)
                            .authenticationMandatoryToImplement(null)
                            .constrainedDevices(true)
                            .concentrators(true));
        }
    }

    @Nested
    class LowLevelKeyManagement {

        @ParameterizedTest
        @EnumSource(
                value = KeyManagementMethod.class,
                names = {"IKE", "KINK"})
        void automatedKeyManagementForALowLevelProtocolIsAWarning(KeyManagementMethod method) {
            firesOnce(
                    "low-level-key-management",
                    bgp().lowLevelProtocol(true).keyManagementMethod(method).kerberosInfrastructure(true),
                    WARNING,
                    "keyManagement.method");
        }

        @Test
        void manualKeysForALowLevelProtocolAreNotThisRulesConcern() {
            staysQuiet(
                    "low-level-key-management",
                    bgp().lowLevelProtocol(true).keyManagementMethod(KeyManagementMethod.MANUAL));
        }

        @Test
        void ikeForAnOrdinaryProtocolIsFine() {
            staysQuiet("low-level-key-management", bgp().lowLevelProtocol(false));
        }
    }

    @Nested
    class EapRequiresIkev2 {

        @Test
        void eapWithIkev1IsAnError() {
            firesOnce("eap-requires-ikev2", bgp().authenticationMethods(CERTIFICATES, EAP), ERROR, "ike.version");
        }

        @Test
        void eapWithoutAnIkeVersionIsLeftToIkeVariant() {
            staysQuiet(
                    "eap-requires-ikev2",
                    bgp().authenticationMethods(CERTIFICATES, EAP)
                            .ikeVersion(null)
                            .ikeModes());
        }

        @ParameterizedTest
        @EnumSource(
                value = KeyManagementMethod.class,
                names = {"KINK", "MANUAL"})
        void eapWithKeyManagementOtherThanIkeIsAnError(KeyManagementMethod method) {
            var violation = firesOnce(
                    "eap-requires-ikev2",
                    bgp().authenticationMethods(CERTIFICATES, EAP)
                            .keyManagementMethod(method)
                            .ikeVersion(IkeVersion.IKEV2)
                            .ikeModes(),
                    ERROR,
                    "keyManagement.method");
            assertThat(violation.message()).contains("keyManagement.method is " + method.keyword());
        }

        @Test
        void eapWithoutAKeyManagementMethodIsAnError() {
            var violation = firesOnce(
                    "eap-requires-ikev2",
                    bgp().authenticationMethods(CERTIFICATES, EAP)
                            .keyManagementMethod(null)
                            .ikeVersion(null)
                            .ikeModes(),
                    ERROR,
                    "keyManagement.method");
            assertThat(violation.message()).contains("not given");
        }

        @Test
        void kinkWithoutEapIsFine() {
            staysQuiet("eap-requires-ikev2", bgp().keyManagementMethod(KeyManagementMethod.KINK));
        }

        @Test
        void eapWithIkev2IsFine() {
            staysQuiet(
                    "eap-requires-ikev2",
                    bgp().authenticationMethods(CERTIFICATES, EAP)
                            .ikeVersion(IkeVersion.IKEV2)
                            .ikeModes());
        }

        @Test
        void ikev1WithoutEapIsFine() {
            staysQuiet("eap-requires-ikev2", bgp());
        }
    }

    @Nested
    class IkeVersionSuite {

        @Test
        void ikev2WithIpsecVersion2IsAWarning() {
            firesOnce(
                    "ike-version-suite",
                    bgp().ipsecVersion(2).ikeVersion(IkeVersion.IKEV2).ikeModes(),
                    WARNING,
                    "ike.version");
        }

        @Test
        void ikev1WithIpsecVersion3IsAWarning() {
            firesOnce("ike-version-suite", bgp().ipsecVersion(3).ikeVersion(IkeVersion.IKEV1), WARNING, "ike.version");
        }

        @Test
        void ikev1WithIpsecVersion2Matches() {
            staysQuiet("ike-version-suite", bgp().ipsecVersion(2).ikeVersion(IkeVersion.IKEV1));
        }

        @Test
        void ikev2WithIpsecVersion3Matches() {
            staysQuiet(
                    "ike-version-suite",
                    bgp().ipsecVersion(3).ikeVersion(IkeVersion.IKEV2).ikeModes());
        }
    }
}
