package org.ipsecprofile.check.rules;

import java.util.List;
import org.ipsecprofile.check.RuleSource;
import org.ipsecprofile.model.Algorithms;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.SecurityProtocol;

/**
 * Guidance from today's IPsec documents on the suite a profile builds on (SPEC §4.5): IPsec
 * version 2 obsoleted by RFC 4301, IKEv1 Historic (RFC 9395), algorithm agility (RFC 7696),
 * optional AH (RFC 4301 Section 3.2) and the modes of security gateways (RFC 4301 Section 4.1).
 */
public final class SuiteRules {

    public static final Rule IPSEC_V2_OBSOLETE = Rule.guidance(
            "ipsec-v2-obsolete",
            "warning",
            List.of(new RuleSource("RFC 4301", null), RuleSource.rfc5406("1")),
            "ipsec.version 2 (the RFC 2401 suite, obsoleted by RFC 4301)",
            SuiteRules::ipsecV2Obsolete);

    public static final Rule IKEV1_HISTORIC = Rule.guidance(
            "ikev1-historic",
            "warning",
            List.of(RuleSource.rfc(9395, "1, 3")),
            "ike.version ikev1 (Historic and deprecated since RFC 9395)",
            SuiteRules::ikev1Historic);

    public static final Rule ALGORITHMS_UNSPECIFIED = Rule.guidance(
            "algorithms-unspecified",
            "warning",
            List.of(RuleSource.rfc(7696, "2.2")),
            "ipsec.version 3, algorithms.companion is not true, and no list under algorithms",
            SuiteRules::algorithmsUnspecified);

    public static final Rule AH_MANDATORY = Rule.guidance(
            "ah-mandatory",
            "warning",
            List.of(RuleSource.rfc(4301, "3.2")),
            "ipsec.version 3 and AH is the only protocol or protection.mandatoryToImplement is ah",
            SuiteRules::ahMandatory);

    public static final Rule GATEWAY_TRANSPORT_MODE = Rule.guidance(
            "gateway-transport-mode",
            "warning",
            List.of(RuleSource.rfc(4301, "4.1")),
            "protection.mode transport and context.endpoints contains firewalls",
            SuiteRules::gatewayTransportMode);

    private SuiteRules() {}

    /** RFC 4301 (2005) replaced the RFC 2401 suite that RFC 5406 describes. */
    static List<Violation> ipsecV2Obsolete(Profile profile) {
        if (profile.ipsecVersion() != 2) {
            return List.of();
        }
        return List.of(Violation.warning(
                "ipsec.version",
                "ipsec.version is 2: the RFC 2401 suite was obsoleted in 2005 by RFC 4301, 4302 and 4303, which"
                        + " today's implementations and reviewers expect; set ipsec.version to 3 (with ike.version"
                        + " ikev2), or say in the draft why the old suite is needed"));
    }

    /** IKEv1 is Historic; RFC 9395 deprecates it without forbidding it. */
    static List<Violation> ikev1Historic(Profile profile) {
        if (profile.ike().version() != IkeVersion.IKEV1) {
            return List.of();
        }
        return List.of(Violation.warning(
                "ike.version",
                "ike.version is ikev1: IKEv1 is Historic and deprecated since 2023, and its development has"
                        + " stopped; set ike.version to ikev2, which replaces every IKEv1 feature, or say why peers"
                        + " can run only IKEv1"));
    }

    /** A version 3 profile names its algorithms or the documents that keep them current. */
    static List<Violation> algorithmsUnspecified(Profile profile) {
        Algorithms algorithms = profile.algorithms();
        if (profile.ipsecVersion() != 3 || algorithms.companion() || algorithms.anyListed()) {
            return List.of();
        }
        String path = profile.positions() != null && profile.positions().contains("algorithms")
                ? "algorithms"
                : "ipsec.version";
        return List.of(Violation.warning(
                path,
                "ipsec.version is 3, but algorithms lists no algorithm and algorithms.companion is not true:"
                        + " implementations of the profile have no mandatory-to-implement algorithm in common; set"
                        + " algorithms.companion: true to follow RFC 8221 and RFC 8247 as they are revised, or list"
                        + " the algorithms, e.g. algorithms.esp.encryption: [ENCR_AES_GCM_16]"));
    }

    /** Implementations need not support AH. */
    static List<Violation> ahMandatory(Profile profile) {
        Protection protection = profile.protection();
        if (profile.ipsecVersion() != 3) {
            return List.of();
        }
        String why = ": implementations of the RFC 4301 suite must support ESP, but AH is optional for them and"
                + " many leave it out; make esp mandatory to implement (ESP without encryption gives integrity"
                + " alone), or show in availability.assessment that the peers support AH";
        if (protection.mandatoryToImplement() == SecurityProtocol.AH) {
            return List.of(Violation.warning(
                    "protection.mandatoryToImplement", "protection.mandatoryToImplement is ah" + why));
        }
        if (!protection.protocols().isEmpty()
                && protection.protocols().stream().allMatch(protocol -> protocol == SecurityProtocol.AH)) {
            return List.of(Violation.warning("protection.protocols", "protection.protocols holds only ah" + why));
        }
        return List.of();
    }

    /** A security gateway uses transport mode only when it acts as a host. */
    static List<Violation> gatewayTransportMode(Profile profile) {
        if (profile.protection().mode() != Mode.TRANSPORT
                || !profile.context().endpoints().contains(EndpointKind.FIREWALLS)) {
            return List.of();
        }
        return List.of(Violation.warning(
                "protection.mode",
                "protection.mode is transport while context.endpoints includes firewalls: a security gateway must"
                        + " support tunnel mode and may use transport mode only for its own traffic, as a host; use"
                        + " tunnel mode for traffic a gateway protects for others, or say that the firewalls protect"
                        + " only their own traffic"));
    }
}
