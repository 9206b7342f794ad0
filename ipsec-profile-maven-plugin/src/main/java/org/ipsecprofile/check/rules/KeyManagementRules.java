package org.ipsecprofile.check.rules;

import java.util.ArrayList;
import java.util.List;
import org.ipsecprofile.model.Authentication;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Scale;

/**
 * Guidance on key management, authentication and IKE (RFC 5406 Section 3.3, item f's EAP and
 * item h's IKE version).
 */
public final class KeyManagementRules {

    public static final Rule MANUAL_KEYING = Rule.guidance(
            "manual-keying",
            "error/warning",
            "3.3",
            "keyManagement.method manual; an error when protection.replayProtection is required, else a warning",
            KeyManagementRules::manualKeying);

    public static final Rule KINK_REQUIRES_KERBEROS = Rule.guidance(
            "kink-requires-kerberos",
            "error",
            "3.3",
            "keyManagement.method kink and keyManagement.kerberosInfrastructure is not true",
            KeyManagementRules::kinkRequiresKerberos);

    public static final Rule SHARED_SECRET_SCALING = Rule.guidance(
            "shared-secret-scaling",
            "warning",
            "3.3",
            "context.scale many-to-many and pre-shared-secret is the only authentication method or the"
                    + " mandatory one",
            KeyManagementRules::sharedSecretScaling);

    public static final Rule GLOBAL_PKI = Rule.guidance(
            "global-pki",
            "error",
            "3.3",
            "authentication.certificates.issuance global-pki",
            KeyManagementRules::globalPki);

    public static final Rule EXISTING_PKI = Rule.guidance(
            "existing-pki",
            "warning",
            "3.3",
            "authentication.certificates.issuance existing-pki",
            KeyManagementRules::existingPki);

    public static final Rule PUBLIC_KEY_COST = Rule.guidance(
            "public-key-cost",
            "info",
            "3.3",
            "certificates in authentication.methods and context.constrainedDevices or context.concentrators",
            KeyManagementRules::publicKeyCost);

    public static final Rule LOW_LEVEL_KEY_MANAGEMENT = Rule.guidance(
            "low-level-key-management",
            "warning",
            "3.3",
            "context.lowLevelProtocol and keyManagement.method ike or kink",
            KeyManagementRules::lowLevelKeyManagement);

    public static final Rule EAP_REQUIRES_IKEV2 = Rule.guidance(
            "eap-requires-ikev2",
            "error",
            "8f",
            "eap in authentication.methods, and ike.version ikev1 or keyManagement.method is not ike (a missing"
                    + " ike.version is ike-variant's error alone)",
            KeyManagementRules::eapRequiresIkev2);

    public static final Rule IKE_VERSION_SUITE = Rule.guidance(
            "ike-version-suite",
            "warning",
            "1, 8h",
            "ipsec.version 2 with ike.version ikev2, or ipsec.version 3 with ike.version ikev1",
            KeyManagementRules::ikeVersionSuite);

    private KeyManagementRules() {}

    /** Manual keys do not scale and rule out replay protection. */
    static List<Violation> manualKeying(Profile profile) {
        if (profile.keyManagement().method() != KeyManagementMethod.MANUAL) {
            return List.of();
        }
        if (profile.protection().replayProtection() == Need.REQUIRED) {
            return List.of(Violation.error(
                    "keyManagement.method",
                    "keyManagement.method is manual but"
                            + " protection.replayProtection is required: IPsec offers no replay protection with manually"
                            + " keyed SAs; use ike or kink, or set replayProtection to none and say what that costs"));
        }
        return List.of(Violation.warning(
                "keyManagement.method",
                "keyManagement.method is manual: manual keys do"
                        + " not scale and give no replay protection (RFC 4107); prefer ike or kink, or say why manual"
                        + " keys are enough here"));
    }

    /** KINK needs Kerberos already deployed. */
    static List<Violation> kinkRequiresKerberos(Profile profile) {
        if (profile.keyManagement().method() != KeyManagementMethod.KINK
                || Boolean.TRUE.equals(profile.keyManagement().kerberosInfrastructure())) {
            return List.of();
        }
        return List.of(Violation.error(
                "keyManagement.kerberosInfrastructure",
                "keyManagement.method is kink but"
                        + " keyManagement.kerberosInfrastructure is not true: KINK is usable only where a Kerberos"
                        + " deployment already serves the peers; confirm one does (kerberosInfrastructure: true), or use"
                        + " ike"));
    }

    /** Pairwise secrets grow with the square of the peers. */
    static List<Violation> sharedSecretScaling(Profile profile) {
        Authentication authentication = profile.authentication();
        if (profile.context().scale() != Scale.MANY_TO_MANY) {
            return List.of();
        }
        boolean mandatory = authentication.mandatoryToImplement() == AuthenticationMethod.PRE_SHARED_SECRET;
        boolean only = authentication.uses(AuthenticationMethod.PRE_SHARED_SECRET)
                && Values.distinctCount(authentication.methods()) == 1;
        if (mandatory) {
            return List.of(Violation.warning(
                    "authentication.mandatoryToImplement",
                    "authentication"
                            + ".mandatoryToImplement is pre-shared-secret while context.scale is many-to-many: every peer"
                            + " would need its own secret with every other; make certificates mandatory to implement"
                            + " and keep shared secrets for a few fixed links"));
        }
        if (only) {
            return List.of(Violation.warning(
                    "authentication.methods",
                    "authentication.methods is only"
                            + " pre-shared-secret while context.scale is many-to-many: every peer would need its own"
                            + " secret with every other; add certificates and make them mandatory to implement"));
        }
        return List.of();
    }

    /** No PKI covers most Internet endpoints. */
    static List<Violation> globalPki(Profile profile) {
        if (profile.authentication().certificates().issuance() != CertificateIssuance.GLOBAL_PKI) {
            return List.of();
        }
        return List.of(Violation.error(
                "authentication.certificates.issuance",
                "authentication.certificates"
                        + ".issuance is global-pki: no certificate authority is trusted by Internet hosts at large, and a"
                        + " profile that depends on one cannot be deployed; use locally-issued certificates, issued by"
                        + " the operator of the peers"));
    }

    /** Certificates from an existing PKI rarely work with IKE. */
    static List<Violation> existingPki(Profile profile) {
        if (profile.authentication().certificates().issuance() != CertificateIssuance.EXISTING_PKI) {
            return List.of();
        }
        return List.of(
                Violation.warning(
                        "authentication.certificates.issuance",
                        "authentication.certificates"
                                + ".issuance is existing-pki: IKE deployments seldom use certificates from an existing PKI; name"
                                + " the PKI and how its certificates identify IPsec peers, or use locally-issued certificates"));
    }

    /** Public key operations cost more than shared secrets. */
    static List<Violation> publicKeyCost(Profile profile) {
        if (!profile.authentication().uses(AuthenticationMethod.CERTIFICATES)) {
            return List.of();
        }
        List<String> reasons = new ArrayList<>();
        if (profile.context().constrainedDevices()) {
            reasons.add("context.constrainedDevices");
        }
        if (profile.context().concentrators()) {
            reasons.add("context.concentrators");
        }
        if (reasons.isEmpty()) {
            return List.of();
        }
        return List.of(Violation.info(
                "authentication.methods",
                "authentication.methods includes certificates"
                        + " while " + String.join(" and ", reasons) + (reasons.size() > 1 ? " are" : " is") + " true:"
                        + " certificate-based IKE costs markedly more public key computation than shared-secret IKE; say"
                        + " whether low-powered peers can afford it, and whether concentrators need hardware"
                        + " acceleration when many peers set up SAs at once"));
    }

    /** Automated key management needs IP connectivity that low-level protocols come before. */
    static List<Violation> lowLevelKeyManagement(Profile profile) {
        KeyManagementMethod method = profile.keyManagement().method();
        if (!profile.context().lowLevelProtocol()
                || (method != KeyManagementMethod.IKE && method != KeyManagementMethod.KINK)) {
            return List.of();
        }
        return List.of(Violation.warning(
                "keyManagement.method",
                "keyManagement.method is " + method.keyword()
                        + " while context.lowLevelProtocol is true: " + method.keyword() + " needs IP connectivity that"
                        + " this protocol runs before; explain how keys are in place before the protocol has run, or"
                        + " choose another security mechanism"));
    }

    /** Only IKEv2 carries EAP; a missing version is ike-variant's error alone (SPEC §4.2). */
    static List<Violation> eapRequiresIkev2(Profile profile) {
        if (!profile.authentication().uses(AuthenticationMethod.EAP)) {
            return List.of();
        }
        KeyManagementMethod method = profile.keyManagement().method();
        if (method != KeyManagementMethod.IKE) {
            String state = method == null ? "not given" : method.keyword();
            return List.of(Violation.error(
                    "keyManagement.method",
                    "authentication.methods includes eap but keyManagement.method is " + state
                            + ": EAP authentication is carried only by IKEv2; set keyManagement.method to ike with"
                            + " ike.version ikev2, or drop eap"));
        }
        if (profile.ike().version() == IkeVersion.IKEV1) {
            return List.of(Violation.error(
                    "ike.version",
                    "authentication.methods includes eap but ike.version is ikev1: EAP authentication is carried"
                            + " only by IKEv2; set ike.version to ikev2, or drop eap"));
        }
        return List.of();
    }

    /** RFC 5406 covers IPsec v2 with IKEv1; IKEv2 belongs to the RFC 4301 suite. */
    static List<Violation> ikeVersionSuite(Profile profile) {
        IkeVersion version = profile.ike().version();
        if (profile.ipsecVersion() == 2 && version == IkeVersion.IKEV2) {
            return List.of(Violation.warning(
                    "ike.version",
                    "ike.version is ikev2 with ipsec.version 2: IKEv2"
                            + " (RFC 7296) belongs to the RFC 4301 suite; set ipsec.version to 3, or use ikev1 with the"
                            + " RFC 2401 suite"));
        }
        if (profile.ipsecVersion() == 3 && version == IkeVersion.IKEV1) {
            return List.of(Violation.warning(
                    "ike.version",
                    "ike.version is ikev1 with ipsec.version 3: the"
                            + " version 3 suite (RFC 4301, 4302, 4303) is specified here with IKEv2 (RFC 7296); set"
                            + " ike.version to ikev2, or ipsec.version to 2"));
        }
        return List.of();
    }
}
