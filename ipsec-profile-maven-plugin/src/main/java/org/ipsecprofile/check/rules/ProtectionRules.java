package org.ipsecprofile.check.rules;

import java.util.List;
import java.util.Set;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.SecurityProtocol;

/**
 * Guidance on AH, ESP and their modes (RFC 5406 Sections 3.1 and 3.2, and the sender address
 * check of the Section 9 example).
 */
public final class ProtectionRules {

    public static final Rule CONFIDENTIALITY_REQUIRES_ESP = Rule.guidance(
            "confidentiality-requires-esp",
            "error",
            "3.1",
            "protection.confidentiality required or optional and esp not in protection.protocols",
            ProtectionRules::confidentialityRequiresEsp);

    public static final Rule AH_BEHIND_NAT = Rule.guidance(
            "ah-behind-nat",
            "error/warning",
            "3.1",
            "context.natLikely and ah in protection.protocols; an error when AH is the only protocol or"
                    + " mandatory to implement, else a warning",
            ProtectionRules::ahBehindNat);

    public static final Rule NAT_TRAVERSAL = Rule.guidance(
            "nat-traversal",
            "warning",
            "3.1",
            "context.natLikely, esp in protection.protocols, and protection.natTraversal is not required",
            ProtectionRules::natTraversal);

    public static final Rule ESP_WITHOUT_INTEGRITY = Rule.guidance(
            "esp-without-integrity",
            "warning",
            "3.1",
            "esp in protection.protocols, protection.integrity none, and confidentiality required or optional",
            ProtectionRules::espWithoutIntegrity);

    public static final Rule AH_ESP_COMBINED = Rule.guidance(
            "ah-esp-combined", "info", "3.1", "protection.combined is true", ProtectionRules::ahEspCombined);

    public static final Rule TUNNEL_FOR_HOST_TO_HOST = Rule.guidance(
            "tunnel-for-host-to-host",
            "info",
            "3.2",
            "protection.mode tunnel while context.endpoints is given and holds only hosts, servers or mobile",
            ProtectionRules::tunnelForHostToHost);

    public static final Rule SENDER_ADDRESS_CHECK = Rule.guidance(
            "sender-address-check",
            "info",
            "9",
            "esp in protection.protocols, protection.mode transport, and ip-address in identification.types",
            ProtectionRules::senderAddressCheck);

    private static final Set<EndpointKind> END_HOSTS =
            Set.of(EndpointKind.HOSTS, EndpointKind.SERVERS, EndpointKind.MOBILE);

    private ProtectionRules() {}

    /** Only ESP encrypts. */
    static List<Violation> confidentialityRequiresEsp(Profile profile) {
        Protection protection = profile.protection();
        Need confidentiality = protection.confidentiality();
        if ((confidentiality != Need.REQUIRED && confidentiality != Need.OPTIONAL)
                || protection.uses(SecurityProtocol.ESP)) {
            return List.of();
        }
        return List.of(Violation.error(
                "protection.confidentiality",
                "protection.confidentiality is "
                        + confidentiality.keyword() + " but protection.protocols "
                        + Values.keywords(protection.protocols())
                        + " does not include esp: AH authenticates but never encrypts; add esp to the protocols, or set"
                        + " confidentiality to none"));
    }

    /** AH cannot pass a NAT, and UDP encapsulation exists only for ESP. */
    static List<Violation> ahBehindNat(Profile profile) {
        Protection protection = profile.protection();
        if (!profile.context().natLikely() || !protection.uses(SecurityProtocol.AH)) {
            return List.of();
        }
        boolean onlyAh = !protection.uses(SecurityProtocol.ESP);
        if (onlyAh || protection.mandatoryToImplement() == SecurityProtocol.AH) {
            String role = onlyAh ? "the only protocol" : "mandatory to implement";
            return List.of(Violation.error(
                    "protection.protocols",
                    "protection.protocols makes ah " + role
                            + " while context.natLikely is true: AH fails across a NAT and NAT traversal (RFC 3948)"
                            + " works only for ESP; use esp (with integrity) as the protocol every implementation"
                            + " supports"));
        }
        return List.of(Violation.warning(
                "protection.protocols",
                "protection.protocols allows ah while"
                        + " context.natLikely is true: AH fails across a NAT and NAT traversal (RFC 3948) works only for"
                        + " ESP; drop ah, or say that it is only for paths without a NAT"));
    }

    /** Peers behind a NAT need ESP in UDP. */
    static List<Violation> natTraversal(Profile profile) {
        Protection protection = profile.protection();
        if (!profile.context().natLikely()
                || !protection.uses(SecurityProtocol.ESP)
                || protection.natTraversal() == NatTraversal.REQUIRED) {
            return List.of();
        }
        return List.of(Violation.warning(
                "protection.natTraversal",
                "protection.natTraversal is "
                        + protection.natTraversal().keyword() + " while context.natLikely is true: peers separated by a"
                        + " NAT can only exchange ESP inside UDP (RFC 3948); set natTraversal to required"));
    }

    /** Encryption without integrity is open to active attacks. */
    static List<Violation> espWithoutIntegrity(Profile profile) {
        Protection protection = profile.protection();
        Need confidentiality = protection.confidentiality();
        if (!protection.uses(SecurityProtocol.ESP)
                || protection.integrity() != Integrity.NONE
                || (confidentiality != Need.REQUIRED && confidentiality != Need.OPTIONAL)) {
            return List.of();
        }
        return List.of(Violation.warning(
                "protection.integrity",
                "protection.integrity is none while ESP"
                        + " encrypts (confidentiality " + confidentiality.keyword()
                        + "): ESP with encryption alone lets"
                        + " an attacker alter traffic undetected; set integrity to required"));
    }

    /** AH together with ESP is seldom needed. */
    static List<Violation> ahEspCombined(Profile profile) {
        if (!profile.protection().combined()) {
            return List.of();
        }
        return List.of(Violation.info(
                "protection.combined",
                "protection.combined is true: AH together with ESP"
                        + " is rarely needed, since ESP with integrity already authenticates the payload; say what AH"
                        + " adds here (such as protected IP header fields), or set combined to false"));
    }

    /** Tunnel mode is for gateways; end hosts talking to each other normally use transport mode. */
    static List<Violation> tunnelForHostToHost(Profile profile) {
        List<EndpointKind> endpoints = profile.context().endpoints();
        if (profile.protection().mode() != Mode.TUNNEL || endpoints.isEmpty() || !END_HOSTS.containsAll(endpoints)) {
            return List.of();
        }
        return List.of(Violation.info(
                "protection.mode",
                "protection.mode is tunnel but context.endpoints "
                        + Values.keywords(endpoints) + " are all end hosts: between the communicating hosts themselves"
                        + " transport mode is the usual choice; use transport, or say why tunnel mode is needed"));
    }

    /** With ESP in transport mode, the outer source address is not authenticated by ESP itself. */
    static List<Violation> senderAddressCheck(Profile profile) {
        Protection protection = profile.protection();
        if (!protection.uses(SecurityProtocol.ESP)
                || protection.mode() != Mode.TRANSPORT
                || !profile.identification().types().contains(IdentityType.IP_ADDRESS)) {
            return List.of();
        }
        return List.of(Violation.info(
                "identification.types",
                "identification.types includes ip-address with"
                        + " ESP in transport mode: ESP does not cover the IP header, so the receiver must compare each"
                        + " packet's source address with the address authenticated in key management; state that check"
                        + " in the profile, e.g. in authorization.policy"));
    }
}
