package org.ipsecprofile.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.PortRange;
import org.ipsecprofile.model.Ports;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Transport;
import org.ipsecprofile.model.TunneledIn;

/**
 * Guidance on where IPsec can actually be deployed: APIs, devices, user granularity, selectors,
 * multicast and availability (RFC 5406 Sections 1 and 3.4 to 9).
 */
public final class DeploymentRules {

    public static final Rule APPLICATION_API = Rule.guidance(
            "application-api",
            "warning",
            "3.4",
            "context.applicationNeedsPeerIdentity is true",
            DeploymentRules::applicationApi);

    public static final Rule EMBEDDED_ENDPOINTS = Rule.guidance(
            "embedded-endpoints",
            "warning",
            "4",
            "context.endpoints contains embedded or nat-devices",
            DeploymentRules::embeddedEndpoints);

    public static final Rule NESTED_IPSEC =
            Rule.guidance("nested-ipsec", "warning", "4", "context.nestedIpsec is true", DeploymentRules::nestedIpsec);

    public static final Rule USER_GRANULARITY = Rule.guidance(
            "user-granularity",
            "warning",
            "5",
            "user-fqdn in identification.types, or context.multiUserHosts with userSwitching.newSaPerUser true",
            DeploymentRules::userGranularity);

    public static final Rule PORT_SELECTORS = Rule.guidance(
            "port-selectors",
            "info",
            "6",
            "selectors.ports given as port numbers or ranges (not any)",
            DeploymentRules::portSelectors);

    public static final Rule SCTP_SELECTORS = Rule.guidance(
            "sctp-selectors",
            "warning",
            "6",
            "selectors.transport sctp (needs the selectors of RFC 3554)",
            DeploymentRules::sctpSelectors);

    public static final Rule TUNNELED_TRAFFIC = Rule.guidance(
            "tunneled-traffic", "warning", "6", "context.tunneledIn is not none", DeploymentRules::tunneledTraffic);

    public static final Rule MULTICAST = Rule.guidance(
            "multicast",
            "warning",
            "7",
            "context.multicast is true (needs the extensions of RFC 5374)",
            DeploymentRules::multicast);

    public static final Rule AVAILABILITY_UNKNOWN = Rule.guidance(
            "availability-unknown",
            "warning",
            "8i, 9",
            "availability.status unknown or partial",
            DeploymentRules::availabilityUnknown);

    public static final Rule AVAILABILITY_UNAVAILABLE = Rule.guidance(
            "availability-unavailable",
            "error",
            "1, 4",
            "availability.status unavailable",
            DeploymentRules::availabilityUnavailable);

    private DeploymentRules() {}

    /** Applications have no standard way to ask IPsec who the peer is. */
    static List<Violation> applicationApi(Profile profile) {
        if (!profile.context().applicationNeedsPeerIdentity()) {
            return List.of();
        }
        return List.of(Violation.warning(
                "context.applicationNeedsPeerIdentity",
                "context"
                        + ".applicationNeedsPeerIdentity is true: there is no standard, portable interface through which"
                        + " an application asks for IPsec or learns what it protected and who the peer is; say how the"
                        + " application learns this on the target platforms, or use a security protocol above IP such"
                        + " as TLS"));
    }

    /** Embedded systems and NAT boxes seldom implement IPsec. */
    static List<Violation> embeddedEndpoints(Profile profile) {
        List<String> kinds = new ArrayList<>();
        for (EndpointKind kind : List.of(EndpointKind.EMBEDDED, EndpointKind.NAT_DEVICES)) {
            if (profile.context().endpoints().contains(kind)) {
                kinds.add(kind.keyword());
            }
        }
        if (kinds.isEmpty()) {
            return List.of();
        }
        return List.of(Violation.warning(
                "context.endpoints",
                "context.endpoints includes "
                        + String.join(" and ", kinds) + ": IPsec is seldom implemented on such devices, least of all on"
                        + " low-end ones; show in availability.assessment that they support this profile, or choose a"
                        + " mechanism they have"));
    }

    /** Few implementations run a second IPsec layer inside a VPN. */
    static List<Violation> nestedIpsec(Profile profile) {
        if (!profile.context().nestedIpsec()) {
            return List.of();
        }
        return List.of(Violation.warning(
                "context.nestedIpsec",
                "context.nestedIpsec is true: few implementations"
                        + " can add a second IPsec layer for an endpoint that already sits behind an IPsec VPN; say how"
                        + " such endpoints are protected, and record in availability.assessment whether they can"));
    }

    /** Per-user identities are rarely supported. */
    static List<Violation> userGranularity(Profile profile) {
        if (profile.identification().types().contains(IdentityType.USER_FQDN)) {
            return List.of(Violation.warning(
                    "identification.types",
                    "identification.types includes user-fqdn:"
                            + " few implementations can identify peers per user; check support in availability.assessment,"
                            + " or identify hosts (ip-address, dns-name) and leave users to the application"));
        }
        if (profile.context().multiUserHosts()
                && Boolean.TRUE.equals(profile.userSwitching().newSaPerUser())) {
            return List.of(Violation.warning(
                    "userSwitching.newSaPerUser",
                    "userSwitching.newSaPerUser is true on"
                            + " multi-user hosts (context.multiUserHosts): few implementations can keep different users'"
                            + " traffic on one host apart with separate certificates; check support in"
                            + " availability.assessment, or authenticate users in the application"));
        }
        return List.of();
    }

    /** Some implementations cannot select traffic by port. */
    static List<Violation> portSelectors(Profile profile) {
        Ports ports = profile.selectors().ports();
        if (ports == null || ports.any()) {
            return List.of();
        }
        String listed = ports.ranges().stream().map(PortRange::display).collect(Collectors.joining(", "));
        return List.of(Violation.info(
                "selectors.ports",
                "selectors.ports limits protection to port"
                        + (ports.ranges().size() == 1
                                        && ports.ranges().get(0).first()
                                                == ports.ranges().get(0).last()
                                ? " "
                                : "s ")
                        + listed + ": some implementations cannot use ports in their selectors and protect all traffic"
                        + " between the hosts or none; say whether protecting all of it is acceptable"));
    }

    /** SCTP ports need selectors that RFC 2401 lacks. */
    static List<Violation> sctpSelectors(Profile profile) {
        Transport transport = profile.selectors().transport();
        if (transport == null || !transport.isSctp()) {
            return List.of();
        }
        return List.of(Violation.warning(
                "selectors.transport",
                "selectors.transport is "
                        + transport.display() + " (SCTP): selecting SCTP traffic by port needs the selectors of"
                        + " RFC 3554, which not every implementation has; require RFC 3554 support, or protect all SCTP"
                        + " traffic between the peers"));
    }

    /** IPsec cannot select traffic inside another tunnel. */
    static List<Violation> tunneledTraffic(Profile profile) {
        TunneledIn tunneledIn = profile.context().tunneledIn();
        if (tunneledIn == null || tunneledIn == TunneledIn.NONE) {
            return List.of();
        }
        String tunnel = tunneledIn == TunneledIn.L2TP ? "L2TP" : "another tunnel";
        return List.of(Violation.warning(
                "context.tunneledIn",
                "context.tunneledIn is " + tunneledIn.keyword()
                        + ": IPsec selectors cannot see the addresses and ports inside " + tunnel + ", so IPsec above"
                        + " the tunnel can protect only all of its traffic or none; protect the tunnel as a whole and"
                        + " say so, or use a mechanism inside it"));
    }

    /** Multicast needs extensions many implementations lack. */
    static List<Violation> multicast(Profile profile) {
        if (!profile.context().multicast()) {
            return List.of();
        }
        return List.of(Violation.warning(
                "context.multicast",
                "context.multicast is true: many IPsec"
                        + " implementations do not protect multicast, which needs the extensions of RFC 5374 (and a"
                        + " group key management protocol); require them and check their availability in the target"
                        + " platforms"));
    }

    /** The availability question is still open. */
    static List<Violation> availabilityUnknown(Profile profile) {
        AvailabilityStatus status = profile.availability().status();
        if (status == AvailabilityStatus.UNKNOWN) {
            return List.of(Violation.warning(
                    "availability.status",
                    "availability.status is unknown: settle"
                            + " whether the products that must implement this profile support it before the draft"
                            + " relies on IPsec, then record the answer in availability.status and assessment"));
        }
        if (status == AvailabilityStatus.PARTIAL) {
            return List.of(Violation.warning(
                    "availability.status",
                    "availability.status is partial: some"
                            + " products that must implement this profile lack suitable IPsec; name them in"
                            + " availability.assessment and say how their users are protected"));
        }
        return List.of();
    }

    /** Mandating IPsec nobody can run means no security at all. */
    static List<Violation> availabilityUnavailable(Profile profile) {
        if (profile.availability().status() != AvailabilityStatus.UNAVAILABLE) {
            return List.of();
        }
        return List.of(Violation.error(
                "availability.status",
                "availability.status is unavailable: requiring IPsec"
                        + " that the likely products cannot run leaves their users with no security in practice; choose"
                        + " a security mechanism they have (such as TLS), or show how suitable IPsec support will"
                        + " appear"));
    }
}
