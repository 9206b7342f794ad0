package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ipsecprofile.check.rules.ProtectionRules;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.Context;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Mode;
import org.ipsecprofile.model.NatTraversal;
import org.ipsecprofile.model.Need;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.Protection;
import org.ipsecprofile.model.SecurityProtocol;
import org.ipsecprofile.model.Transport;
import org.ipsecprofile.model.TunneledIn;

/**
 * What one profile implies for the draft's Security Considerations, decided here and worded by the
 * templates under {@code wording/security/} and {@code wording/consequence/}. Small on purpose: a
 * draft of 10,000 profiles holds one of these per profile, sharing the profile's own lists.
 *
 * @param name the protocol's name as the descriptor gives it (the profile id when it has none)
 * @param anchor the anchor of the profile's section
 * @param title the title of the profile's section
 * @param services how far IPsec provides each security service under the profile
 * @param threats how far the profile meets each threat of RFC 3552 Section 5
 * @param keyManagement the key management method; null when the profile leaves it open
 * @param automatedKeys true when keys are managed automatically (IKE or KINK)
 * @param replayDisabled true when the profile turns anti-replay protection off
 * @param esp true when the profile uses ESP
 * @param ah true when the profile uses AH
 * @param tunnelMode true when the profile uses tunnel mode
 * @param ikev1Aggressive true when keys come from IKEv1 with aggressive mode among its modes
 * @param ikev2 true when the IKE version is IKEv2
 * @param authentication the authentication methods, in the descriptor's order
 * @param certificates true when certificates are among the authentication methods
 * @param certificateIssuance who issues the certificates; null when the profile leaves it open
 * @param transport the upper-layer protocol, as far as the wording tells them apart
 * @param constrainedDevices true when low-powered devices implement the profile
 * @param concentrators true when concentrators set up many SAs at once
 * @param senderAddressCheck true when the receiver's check of source addresses is reported and
 *     not suppressed ({@link ProtectionRules#SENDER_ADDRESS_CHECK})
 * @param rules the guidance rules reported for the profile and not suppressed, in catalogue order
 * @param ahOnly true when AH is the only or the mandatory-to-implement protocol
 * @param natTraversal true when the profile uses (requires or allows) NAT traversal
 * @param embeddedEndpoints true when embedded devices are among the endpoints
 * @param natDeviceEndpoints true when NAT devices are among the endpoints
 * @param l2tp true when the traffic is carried inside L2TP
 * @param partialAvailability true when only some of the products that must implement the profile
 *     support it
 * @param additional the paragraphs of {@code securityConsiderations.additional}, verbatim
 * @param companionEspAh true when implementations follow RFC 8221 for ESP and AH
 *     ({@code algorithms.companion})
 * @param companionIke true when implementations follow RFC 8247 for IKEv2 ({@code algorithms.companion})
 * @param algorithmsListed true when the profile lists algorithms of its own ({@code algorithms.*})
 */
public record ProfileSecurityFacts(
        String name,
        String anchor,
        String title,
        Services services,
        Threats threats,
        KeyManagementMethod keyManagement,
        boolean automatedKeys,
        boolean replayDisabled,
        boolean esp,
        boolean ah,
        boolean tunnelMode,
        boolean ikev1Aggressive,
        boolean ikev2,
        List<AuthenticationMethod> authentication,
        boolean certificates,
        CertificateIssuance certificateIssuance,
        UpperLayer transport,
        boolean constrainedDevices,
        boolean concentrators,
        boolean senderAddressCheck,
        List<String> rules,
        boolean ahOnly,
        boolean natTraversal,
        boolean embeddedEndpoints,
        boolean natDeviceEndpoints,
        boolean l2tp,
        boolean partialAvailability,
        List<String> additional,
        boolean companionEspAh,
        boolean companionIke,
        boolean algorithmsListed) {

    /** How far a security service holds under a profile. */
    public enum Level {
        /** On every SA. */
        ALWAYS,
        /** On the SAs negotiated with it. */
        SOMETIMES,
        /** On no SA. */
        NEVER,
        /** The profile does not yet say. */
        UNKNOWN
    }

    /** How far IPsec under a profile meets a threat. */
    public enum Met {
        FULLY,
        PARTLY,
        NOT,
        /** The profile does not yet say enough to tell. */
        UNKNOWN
    }

    /** The upper-layer protocols the wording tells apart: those that notice lost messages, and the rest. */
    public enum UpperLayer {
        TCP,
        SCTP,
        OTHER
    }

    /**
     * How far IPsec provides each security service.
     *
     * @param integrity integrity and data origin authentication
     * @param confidentiality confidentiality
     * @param antiReplay anti-replay protection
     * @param peersAuthenticated true when access is limited to authenticated peers (authentication
     *     methods given, or manual keys)
     */
    public record Services(Level integrity, Level confidentiality, Level antiReplay, boolean peersAuthenticated) {}

    /** How far the profile meets each threat of RFC 3552 Section 5. */
    public record Threats(
            Met eavesdropping,
            Met replay,
            Met messageInsertion,
            Met messageDeletion,
            Met messageModification,
            Met manInTheMiddle,
            Met denialOfService) {}

    /**
     * The facts of {@code profile}.
     *
     * @param title the title of the profile's section
     * @param reported the ids of the rules reported for the profile and not suppressed
     * @param guidanceRules the ids of the guidance rules, in catalogue order
     */
    static ProfileSecurityFacts of(Profile profile, String title, Set<String> reported, List<String> guidanceRules) {
        Protection protection = profile.protection();
        Context context = profile.context();
        KeyManagementMethod method = profile.keyManagement().method();
        Services services = new Services(
                integrity(protection),
                confidentiality(protection),
                replayProtection(profile),
                !profile.authentication().methods().isEmpty() || method == KeyManagementMethod.MANUAL);
        Threats threats = new Threats(
                met(services.confidentiality()),
                met(services.antiReplay()),
                met(services.integrity()),
                Met.NOT,
                met(services.integrity()),
                services.peersAuthenticated() ? Met.PARTLY : Met.UNKNOWN,
                Met.NOT);
        Transport transport = profile.selectors().transport();
        UpperLayer upperLayer = transport == null
                ? UpperLayer.OTHER
                : transport.number() == Transport.TCP
                        ? UpperLayer.TCP
                        : transport.isSctp() ? UpperLayer.SCTP : UpperLayer.OTHER;
        return new ProfileSecurityFacts(
                ProfileValues.protocolName(profile),
                ProfileValues.sectionAnchor(profile),
                title,
                services,
                threats,
                method,
                ProfileValues.automated(method),
                protection.replayProtection() == Need.NONE,
                protection.uses(SecurityProtocol.ESP),
                protection.uses(SecurityProtocol.AH),
                protection.mode() == Mode.TUNNEL,
                method == KeyManagementMethod.IKE
                        && profile.ike().version() == IkeVersion.IKEV1
                        && profile.ike().modes().contains(IkeMode.AGGRESSIVE),
                profile.ike().version() == IkeVersion.IKEV2,
                profile.authentication().methods(),
                profile.authentication().uses(AuthenticationMethod.CERTIFICATES),
                profile.authentication().certificates().issuance(),
                upperLayer,
                context.constrainedDevices(),
                context.concentrators(),
                reported.contains(ProtectionRules.SENDER_ADDRESS_CHECK.id()),
                rules(reported, guidanceRules),
                !protection.uses(SecurityProtocol.ESP) || protection.mandatoryToImplement() == SecurityProtocol.AH,
                protection.natTraversal() != NatTraversal.NOT_NEEDED,
                context.endpoints().contains(EndpointKind.EMBEDDED),
                context.endpoints().contains(EndpointKind.NAT_DEVICES),
                context.tunneledIn() == TunneledIn.L2TP,
                profile.availability().status() == AvailabilityStatus.PARTIAL,
                additional(profile),
                AlgorithmFacts.companionEspAh(profile),
                AlgorithmFacts.companionIke(profile),
                profile.algorithms().anyListed());
    }

    private static List<String> rules(Set<String> reported, List<String> guidanceRules) {
        if (reported.isEmpty()) {
            return List.of();
        }
        List<String> rules = new ArrayList<>();
        for (String rule : guidanceRules) {
            if (reported.contains(rule)) {
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    private static List<String> additional(Profile profile) {
        if (profile.additionalSecurityConsiderations().isEmpty()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        for (String text : profile.additionalSecurityConsiderations()) {
            paragraphs.addAll(ProfileValues.paragraphsOf(text));
        }
        return List.copyOf(paragraphs);
    }

    private static Met met(Level level) {
        return switch (level) {
            case ALWAYS -> Met.FULLY;
            case SOMETIMES -> Met.PARTLY;
            case NEVER -> Met.NOT;
            case UNKNOWN -> Met.UNKNOWN;
        };
    }

    static Level confidentiality(Protection protection) {
        if (protection.confidentiality() == null || protection.protocols().isEmpty()) {
            return Level.UNKNOWN;
        }
        if (!protection.uses(SecurityProtocol.ESP) || protection.confidentiality() == Need.NONE) {
            return Level.NEVER;
        }
        return protection.confidentiality() == Need.REQUIRED ? Level.ALWAYS : Level.SOMETIMES;
    }

    static Level integrity(Protection protection) {
        if (protection.protocols().isEmpty()) {
            return Level.UNKNOWN;
        }
        boolean espIntegrity = protection.integrity() != Integrity.NONE;
        boolean ah = protection.uses(SecurityProtocol.AH);
        boolean esp = protection.uses(SecurityProtocol.ESP);
        if (espIntegrity || !esp || (ah && protection.combined())) {
            return Level.ALWAYS;
        }
        return ah ? Level.SOMETIMES : Level.NEVER;
    }

    static Level replayProtection(Profile profile) {
        KeyManagementMethod method = profile.keyManagement().method();
        Level integrity = integrity(profile.protection());
        if (method == null || integrity == Level.UNKNOWN) {
            return Level.UNKNOWN;
        }
        Need replay = profile.protection().replayProtection();
        if (method == KeyManagementMethod.MANUAL || replay == Need.NONE || integrity == Level.NEVER) {
            return Level.NEVER;
        }
        return replay == Need.REQUIRED && integrity == Level.ALWAYS ? Level.ALWAYS : Level.SOMETIMES;
    }
}
