package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.rules.Rule;
import org.ipsecprofile.model.Authentication;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.Certificates;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.PortRange;
import org.ipsecprofile.model.Ports;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Selectors;
import org.ipsecprofile.model.Transport;
import org.ipsecprofile.model.TunneledIn;
import org.ipsecprofile.model.UserSwitching;

/**
 * What the wording templates of one profile's section ({@code wording/profile/**}) decide on,
 * computed from the profile and its findings: Java decides, the templates word. It holds no
 * sentence: the author's text (split into paragraphs, verbatim), descriptor values, the rules that
 * fired, the anchors of the documents each statement rests on, and the decisions the text follows
 * (which anti-replay statement applies, whether the protocol's reference can be cited). Templates
 * see it read-only, as maps; enums become their descriptor keywords (or lower-case names).
 *
 * @param anchor the section's anchor, {@code ipsec-profile-<id>}
 * @param protocolName the protocol's name as the descriptor gives it, else the profile's id
 * @param id the profile's id
 * @param title the section's title as the descriptor gives it ({@code title}); null when absent,
 *     so the template words the default
 * @param titleWithId true when the default title would collide with another profile's default
 *     title in the same project, so the template adds the id to it
 * @param protocolReference the protocol's reference as given, stripped; null when there is none
 * @param protocolReferenceKnown true when the reference library holds {@code protocolReference}, so it is
 *     cited; else it is shown as plain text
 * @param ipsecVersion 2 or 3
 * @param anchors the references the statements rest on
 * @param fired the ids of the rules whose findings concern this profile and are not suppressed, in
 *     the order of the findings, each once
 * @param endpoints the devices expected to implement the profile
 * @param algorithms the algorithms implementations must support ({@code algorithms.*})
 */
public record ProfileFacts(
        String anchor,
        String protocolName,
        String id,
        String title,
        boolean titleWithId,
        String protocolReference,
        boolean protocolReferenceKnown,
        int ipsecVersion,
        Anchors anchors,
        List<String> fired,
        List<EndpointKind> endpoints,
        SelectorFacts selectors,
        ProtectionFacts protection,
        KeyManagementFacts keyManagement,
        IdentificationFacts identification,
        UserSwitchingFacts userSwitching,
        AuthenticationFacts authentication,
        List<String> authorizationPolicy,
        IkeFacts ike,
        AvailabilityFacts availability,
        AlgorithmFacts algorithms) {

    public ProfileFacts {
        fired = List.copyOf(fired);
        endpoints = List.copyOf(endpoints);
        authorizationPolicy = List.copyOf(authorizationPolicy);
    }

    /**
     * The anchors of the references the section's statements rest on; those that depend on the
     * IPsec or IKE version are chosen here.
     *
     * @param architecture the IPsec architecture (RFC 2401 for IPsec v2, RFC 4301 for v3)
     * @param esp ESP (RFC 2406 or RFC 4303)
     * @param ah AH (RFC 2402 or RFC 4302)
     * @param ike the profile's version of IKE (RFC 2409 or RFC 7296); null when no version is given
     * @param ikev2 IKEv2, which carries EAP
     * @param kink KINK
     * @param udpEncapsulation UDP encapsulation of ESP
     * @param natProblems the NAT compatibility requirements of IPsec
     * @param sctpSelectors the SCTP selectors
     * @param multicast the multicast extensions to the architecture
     * @param l2tp L2TP
     * @param keyManagementGuidelines the guidelines for cryptographic key management
     * @param certificateProfile the certificate profile
     */
    public record Anchors(
            String architecture,
            String esp,
            String ah,
            String ike,
            String ikev2,
            String kink,
            String udpEncapsulation,
            String natProblems,
            String sctpSelectors,
            String multicast,
            String l2tp,
            String keyManagementGuidelines,
            String certificateProfile) {

        static Anchors of(int ipsecVersion, IkeVersion ikeVersion) {
            boolean v2 = ipsecVersion == 2;
            return new Anchors(
                    v2 ? "RFC2401" : "RFC4301",
                    v2 ? "RFC2406" : "RFC4303",
                    v2 ? "RFC2402" : "RFC4302",
                    ikeVersion == null ? null : ikeVersion == IkeVersion.IKEV1 ? "RFC2409" : "RFC7296",
                    "RFC7296",
                    "RFC4430",
                    "RFC3948",
                    "RFC3715",
                    "RFC3554",
                    "RFC5374",
                    "RFC2661",
                    "RFC4107",
                    "RFC5280");
        }
    }

    /**
     * Item a.
     *
     * @param specified true when the descriptor says anything about the selectors
     * @param initiator the paragraphs of who initiates; empty when not given (so for the next ones)
     * @param initiatorAddress the paragraphs of the initiator's address ({@code selectors.local})
     * @param responderAddress the paragraphs of the responder's address ({@code selectors.remote})
     * @param transport the upper-layer protocol's number ({@link Transport#ANY} for any); null when not given
     * @param transportHasPorts true when the upper-layer protocol has ports (TCP, UDP, SCTP)
     * @param ports the ports selected; null when not given
     * @param tunneledIn the tunnel the traffic travels in, if any
     * @param notes the paragraphs of the selectors' notes
     */
    public record SelectorFacts(
            boolean specified,
            List<String> initiator,
            List<String> initiatorAddress,
            List<String> responderAddress,
            Integer transport,
            boolean transportHasPorts,
            PortFacts ports,
            TunneledIn tunneledIn,
            List<String> notes) {

        public SelectorFacts {
            initiator = List.copyOf(initiator);
            initiatorAddress = List.copyOf(initiatorAddress);
            responderAddress = List.copyOf(responderAddress);
            notes = List.copyOf(notes);
        }
    }

    /**
     * The ports a profile selects.
     *
     * @param any true for any port
     * @param ranges each port or range as shown ({@code 179}, {@code 5060-5061}); empty for any port
     * @param single true when exactly one port is selected
     */
    public record PortFacts(boolean any, List<String> ranges, boolean single) {

        public PortFacts {
            ranges = List.copyOf(ranges);
        }
    }

    /** The anti-replay statement that applies to a profile's SAs. */
    public enum AntiReplay {
        /** Asked for (or not declined), but ESP without integrity cannot provide it. */
        WITHOUT_INTEGRITY,
        /** Asked for (or not declined), but manually keyed SAs cannot provide it. */
        MANUAL_KEYS,
        /** Receivers must enable it. */
        REQUIRED,
        /** Receivers may enable it. */
        OPTIONAL,
        /** The profile does not use it. */
        NONE
    }

    /**
     * Item b.
     *
     * @param protocols the security protocols, in the descriptor's order
     * @param esp true when ESP is among them
     * @param ah true when AH is among them
     * @param combined true when AH and ESP are applied together
     * @param mandatoryToImplement the protocol mandatory to implement, if given
     * @param mode transport or tunnel mode, if given
     * @param confidentiality whether the traffic needs confidentiality, if given
     * @param espIntegrity true unless ESP is declared without integrity
     * @param replayProtection the anti-replay protection asked for, if given
     * @param antiReplay the anti-replay statement that applies; null when none does
     * @param natTraversal the NAT traversal asked for, if given
     * @param natTraversalNeeded true when NAT traversal is required or optional
     */
    public record ProtectionFacts(
            List<SecurityProtocol> protocols,
            boolean esp,
            boolean ah,
            boolean combined,
            SecurityProtocol mandatoryToImplement,
            Mode mode,
            Need confidentiality,
            boolean espIntegrity,
            Need replayProtection,
            AntiReplay antiReplay,
            NatTraversal natTraversal,
            boolean natTraversalNeeded) {

        public ProtectionFacts {
            protocols = List.copyOf(protocols);
        }
    }

    /**
     * Item c.
     *
     * @param method how keys are managed, if given
     * @param kerberosDeployment true when the peers belong to a Kerberos deployment
     * @param notes the paragraphs of the key management notes
     */
    public record KeyManagementFacts(KeyManagementMethod method, boolean kerberosDeployment, List<String> notes) {

        public KeyManagementFacts {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Item d.
     *
     * @param types the forms of identification, in the descriptor's order
     * @param ikePayloads true when IKE of a known version carries them, so its payload types are named
     * @param notes the paragraphs of the identification notes
     */
    public record IdentificationFacts(List<IdentityType> types, boolean ikePayloads, List<String> notes) {

        public IdentificationFacts {
            types = List.copyOf(types);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Item e.
     *
     * @param applies whether servers switch user identities; null when not given
     * @param newSaPerUser whether a new SA is negotiated per user; null when not given
     * @param userIdentities true when peers can be identified per user (user FQDN or X.500 name)
     * @param when the paragraphs of when the per-user SA is negotiated
     */
    public record UserSwitchingFacts(Boolean applies, Boolean newSaPerUser, boolean userIdentities, List<String> when) {

        public UserSwitchingFacts {
            when = List.copyOf(when);
        }
    }

    /**
     * Item f.
     *
     * @param methods the authentication methods, in the descriptor's order
     * @param mandatoryToImplement the method mandatory to implement when it is one of {@code methods}; else null
     * @param issuance who issues the certificates, if given
     * @param identityBinding the paragraphs of what a certificate identifies
     * @param notes the paragraphs of the authentication notes
     */
    public record AuthenticationFacts(
            List<AuthenticationMethod> methods,
            AuthenticationMethod mandatoryToImplement,
            CertificateIssuance issuance,
            List<String> identityBinding,
            List<String> notes) {

        public AuthenticationFacts {
            methods = List.copyOf(methods);
            identityBinding = List.copyOf(identityBinding);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Item h.
     *
     * @param version the IKE version, if given
     * @param modes the IKEv1 phase 1 modes, in the descriptor's order
     */
    public record IkeFacts(IkeVersion version, List<IkeMode> modes) {

        public IkeFacts {
            modes = List.copyOf(modes);
        }
    }

    /**
     * Item i.
     *
     * @param status whether products ship suitable IPsec support, if given
     * @param assessment the paragraphs of the assessment behind it
     * @param targets the products and platforms assessed, each stripped
     */
    public record AvailabilityFacts(AvailabilityStatus status, List<String> assessment, List<String> targets) {

        public AvailabilityFacts {
            assessment = List.copyOf(assessment);
            targets = List.copyOf(targets);
        }
    }

    /**
     * The facts of {@code profile}.
     *
     * @param findings the profile's findings (those of other profiles and suppressed ones are ignored)
     * @param knownReference true for the anchors ({@code RFC4271}) the reference library holds
     */
    public static ProfileFacts of(Profile profile, List<Finding> findings, Predicate<String> knownReference) {
        return of(profile, findings, knownReference, false);
    }

    /**
     * The facts of {@code profile}'s section.
     *
     * @param defaultTitleCollides true when another profile of the project would get the same
     *     default title ({@link #defaultTitleCollisions})
     */
    public static ProfileFacts of(
            Profile profile, List<Finding> findings, Predicate<String> knownReference, boolean defaultTitleCollides) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(knownReference, "knownReference");
        String reference =
                profile.protocol() == null ? null : profile.protocol().reference();
        reference = ProfileValues.given(reference) ? reference.strip() : null;
        IkeVersion ikeVersion = profile.ike().version();
        return new ProfileFacts(
                ProfileValues.sectionAnchor(profile),
                ProfileValues.protocolName(profile),
                profile.id(),
                profile.title(),
                profile.title() == null && defaultTitleCollides,
                reference,
                reference != null && knownReference.test(reference),
                profile.ipsecVersion(),
                Anchors.of(profile.ipsecVersion(), ikeVersion),
                fired(profile, findings),
                profile.context().endpoints(),
                selectors(profile),
                protection(profile),
                new KeyManagementFacts(
                        profile.keyManagement().method(),
                        Boolean.TRUE.equals(profile.keyManagement().kerberosInfrastructure()),
                        ProfileValues.paragraphsOf(profile.keyManagement().notes())),
                new IdentificationFacts(
                        profile.identification().types(),
                        profile.keyManagement().method() == KeyManagementMethod.IKE && ikeVersion != null,
                        ProfileValues.paragraphsOf(profile.identification().notes())),
                userSwitching(profile),
                authentication(profile.authentication()),
                ProfileValues.paragraphsOf(profile.authorization().policy()),
                new IkeFacts(ikeVersion, profile.ike().modes()),
                new AvailabilityFacts(
                        profile.availability().status(),
                        ProfileValues.paragraphsOf(profile.availability().assessment()),
                        profile.availability().targets().stream()
                                .map(String::strip)
                                .toList()),
                AlgorithmFacts.of(profile));
    }

    /**
     * The ids of the profiles whose default title ("IPsec Profile for" and the protocol's name)
     * another profile of the project would also get: those without a {@code title} of their own
     * whose protocol name another such profile shares. Empty for a single profile.
     */
    public static Set<String> defaultTitleCollisions(List<Profile> profiles) {
        Map<String, Integer> byName = new HashMap<>();
        for (Profile profile : profiles) {
            if (profile.title() == null) {
                byName.merge(ProfileValues.protocolName(profile), 1, Integer::sum);
            }
        }
        Set<String> ids = new HashSet<>();
        for (Profile profile : profiles) {
            if (profile.title() == null && byName.get(ProfileValues.protocolName(profile)) > 1) {
                ids.add(profile.id());
            }
        }
        return ids;
    }

    /** True when {@code rule} fired for this profile and is not suppressed. */
    public boolean reports(Rule rule) {
        return fired.contains(rule.id());
    }

    private static List<String> fired(Profile profile, List<Finding> findings) {
        Set<String> fired = new LinkedHashSet<>();
        for (Finding finding : findings) {
            if (!finding.suppressed() && profile.id().equals(finding.profile())) {
                fired.add(finding.rule());
            }
        }
        return new ArrayList<>(fired);
    }

    private static SelectorFacts selectors(Profile profile) {
        Selectors selectors = profile.selectors();
        Transport transport = selectors.transport();
        Ports ports = selectors.ports();
        boolean specified = ProfileValues.given(selectors.initiator())
                || ProfileValues.given(selectors.local())
                || ProfileValues.given(selectors.remote())
                || transport != null
                || ports != null
                || ProfileValues.given(selectors.notes());
        PortFacts portFacts = null;
        if (ports != null) {
            List<String> ranges =
                    ports.ranges().stream().map(PortRange::display).toList();
            boolean single = ports.ranges().size() == 1
                    && ports.ranges().get(0).first() == ports.ranges().get(0).last();
            portFacts = new PortFacts(ports.any(), ranges, single);
        }
        return new SelectorFacts(
                specified,
                ProfileValues.paragraphsOf(selectors.initiator()),
                ProfileValues.paragraphsOf(selectors.local()),
                ProfileValues.paragraphsOf(selectors.remote()),
                transport == null ? null : transport.number(),
                transport != null && transport.hasPorts(),
                portFacts,
                profile.context().tunneledIn(),
                ProfileValues.paragraphsOf(selectors.notes()));
    }

    private static ProtectionFacts protection(Profile profile) {
        Protection protection = profile.protection();
        boolean esp = protection.uses(SecurityProtocol.ESP);
        boolean ah = protection.uses(SecurityProtocol.AH);
        boolean espIntegrity = protection.integrity() != Integrity.NONE;
        Need replay = protection.replayProtection();
        AntiReplay antiReplay;
        if (!esp && !ah) {
            antiReplay = null;
        } else if (replay != Need.NONE && !ah && !espIntegrity) {
            antiReplay = AntiReplay.WITHOUT_INTEGRITY;
        } else if (profile.keyManagement().method() == KeyManagementMethod.MANUAL && replay != Need.NONE) {
            antiReplay = AntiReplay.MANUAL_KEYS;
        } else if (replay == null) {
            antiReplay = null;
        } else {
            antiReplay = switch (replay) {
                case REQUIRED -> AntiReplay.REQUIRED;
                case OPTIONAL -> AntiReplay.OPTIONAL;
                case NONE -> AntiReplay.NONE;
            };
        }
        NatTraversal natTraversal = protection.natTraversal();
        return new ProtectionFacts(
                protection.protocols(),
                esp,
                ah,
                protection.combined(),
                protection.mandatoryToImplement(),
                protection.mode(),
                protection.confidentiality(),
                espIntegrity,
                replay,
                antiReplay,
                natTraversal,
                natTraversal == NatTraversal.REQUIRED || natTraversal == NatTraversal.OPTIONAL);
    }

    private static UserSwitchingFacts userSwitching(Profile profile) {
        UserSwitching switching = profile.userSwitching();
        List<IdentityType> types = profile.identification().types();
        return new UserSwitchingFacts(
                switching.applies(),
                switching.newSaPerUser(),
                types.contains(IdentityType.USER_FQDN) || types.contains(IdentityType.X500_DN),
                ProfileValues.paragraphsOf(switching.when()));
    }

    private static AuthenticationFacts authentication(Authentication authentication) {
        AuthenticationMethod mandatory = authentication.mandatoryToImplement();
        Certificates certificates = authentication.certificates();
        return new AuthenticationFacts(
                authentication.methods(),
                mandatory != null && authentication.methods().contains(mandatory) ? mandatory : null,
                certificates == null ? null : certificates.issuance(),
                ProfileValues.paragraphsOf(certificates == null ? null : certificates.identityBinding()),
                ProfileValues.paragraphsOf(authentication.notes()));
    }
}
