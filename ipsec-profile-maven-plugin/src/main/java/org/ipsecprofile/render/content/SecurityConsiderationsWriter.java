package org.ipsecprofile.render.content;

import static org.ipsecprofile.render.content.Wording.joinAnd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.model.Authentication;
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
 * Writes the draft's Security Considerations section from all its profiles: what IPsec provides
 * and does not provide under each profile, with a reference to each profile section; the threats
 * that RFC 3552 Section 5 asks every specification to consider, each answered from the
 * descriptors; the consequences for deployers of the guidance findings that are present and not
 * suppressed; and each profile's additional paragraphs. Holds only its reference predicate; safe
 * to share between threads.
 */
public final class SecurityConsiderationsWriter {

    /** The anchor of the section. */
    public static final String ANCHOR = "security-considerations";

    private final Citations cite;

    /** @param knownReference true for the anchors ({@code RFC4301}) the reference library holds */
    public SecurityConsiderationsWriter(Predicate<String> knownReference) {
        this.cite = new Citations(knownReference);
    }

    /**
     * The section for a draft.
     *
     * @param profiles the draft's profiles, in file order
     * @param findings the findings of all profiles (suppressed ones are ignored)
     */
    public Section write(List<Profile> profiles, List<Finding> findings) {
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(findings, "findings");
        boolean several = profiles.size() > 1;
        // Each profile's findings, looked up once: asking every rule of every profile against all
        // findings took minutes for 10,000 profiles.
        Map<String, List<Finding>> byProfile = new HashMap<>();
        for (Finding finding : findings) {
            if (finding.profile() != null) {
                byProfile
                        .computeIfAbsent(finding.profile(), id -> new ArrayList<>())
                        .add(finding);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (Profile profile : profiles) {
            blocks.add(provided(profile));
        }
        blocks.add(Paragraph.of(new Text("IPsec protects traffic only between the two endpoints of each"
                + " security association (SA). It does not protect data before it is sent or after it is"
                + " received, it does not stop a peer that holds valid credentials from sending false or harmful"
                + " messages, and it does little to prevent denial of service.")));
        blocks.add(Prose.of("The threats that ")
                .add(cite.cite("RFC3552", "5", false))
                .text(" asks every specification to consider are addressed below.")
                .paragraph());
        blocks.add(new DefinitionList(List.of(
                threat("Eavesdropping", profiles, several, this::eavesdropping),
                threat("Replay", profiles, several, this::replay),
                threat("Message Insertion", profiles, several, this::insertion),
                threat("Message Deletion", profiles, several, SecurityConsiderationsWriter::deletion),
                threat(
                        "Message Modification",
                        profiles,
                        several,
                        profile -> modification(profile, findingsOf(byProfile, profile))),
                threat("Man-in-the-Middle", profiles, several, this::manInTheMiddle),
                threat("Denial of Service", profiles, several, this::denialOfService))));
        List<List<Inline>> consequences = new ArrayList<>();
        for (Profile profile : profiles) {
            List<Finding> own = findingsOf(byProfile, profile);
            for (String rule : RuleRegistry.ids()) {
                if (Wording.reports(own, profile, rule)) {
                    Prose consequence = consequence(rule, profile);
                    if (consequence != null) {
                        consequences.add(
                                several
                                        ? lead(profile)
                                                .addAll(consequence.inlines())
                                                .inlines()
                                        : consequence.inlines());
                    }
                }
            }
        }
        if (!consequences.isEmpty()) {
            blocks.add(Prose.of("Applying the guidance of ")
                    .add(cite.informative("RFC5406"))
                    .text(" to " + (several ? "these profiles" : "this profile")
                            + " has the following consequences for deployments:")
                    .paragraph());
            blocks.add(new BulletList(consequences));
        }
        for (Profile profile : profiles) {
            for (String paragraph : profile.additionalSecurityConsiderations()) {
                blocks.addAll(Wording.authorParagraphs(paragraph));
            }
        }
        return new Section(ANCHOR, "Security Considerations", blocks, List.of());
    }

    // What IPsec provides

    /** How far a security service holds under a profile. */
    private enum Level {
        ALWAYS,
        SOMETIMES,
        NEVER,
        UNKNOWN
    }

    private static Level confidentiality(Protection protection) {
        if (protection.confidentiality() == null || protection.protocols().isEmpty()) {
            return Level.UNKNOWN;
        }
        if (!protection.uses(SecurityProtocol.ESP) || protection.confidentiality() == Need.NONE) {
            return Level.NEVER;
        }
        return protection.confidentiality() == Need.REQUIRED ? Level.ALWAYS : Level.SOMETIMES;
    }

    private static Level integrity(Protection protection) {
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

    private static Level replayProtection(Profile profile) {
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

    private static boolean authenticatesPeers(Profile profile) {
        return !profile.authentication().methods().isEmpty()
                || profile.keyManagement().method() == KeyManagementMethod.MANUAL;
    }

    private Paragraph provided(Profile profile) {
        Protection protection = profile.protection();
        List<String> provides = new ArrayList<>();
        List<String> lacks = new ArrayList<>();
        List<String> open = new ArrayList<>();
        sort(integrity(protection), "integrity and data origin authentication", provides, lacks, open);
        sort(confidentiality(protection), "confidentiality", provides, lacks, open);
        sort(replayProtection(profile), "anti-replay protection", provides, lacks, open);
        if (authenticatesPeers(profile)) {
            provides.add("access control limited to authenticated peers");
        } else {
            open.add("peer authentication");
        }
        Prose prose = Prose.of("The profile for " + Wording.protocolName(profile) + " (see ")
                .add(sectionRef(profile))
                .text(")");
        if (!provides.isEmpty()) {
            prose.text(" uses IPsec to provide " + joinAnd(provides) + " for the traffic that its selectors"
                    + " describe.");
        } else if (!lacks.isEmpty()) {
            prose.text(" uses IPsec without integrity, confidentiality or anti-replay protection.");
        }
        if (!lacks.isEmpty() && !provides.isEmpty()) {
            prose.text(" It does not provide " + Wording.joinOr(lacks) + ".");
        }
        if (!open.isEmpty()) {
            prose.text((provides.isEmpty() && lacks.isEmpty() ? " does" : " It does")
                    + " not yet specify whether IPsec provides " + joinAnd(open) + ".");
        }
        return prose.paragraph();
    }

    /** Puts a service in the list its level calls for; "sometimes" counts as provided, qualified. */
    private static void sort(
            Level level, String service, List<String> provides, List<String> lacks, List<String> open) {
        switch (level) {
            case ALWAYS -> provides.add(service);
            case SOMETIMES -> provides.add(service + " on the SAs negotiated with it");
            case NEVER -> lacks.add(service);
            case UNKNOWN -> open.add(service);
        }
    }

    private static SectionRef sectionRef(Profile profile) {
        return new SectionRef(Wording.sectionAnchor(profile), Wording.sectionTitle(profile));
    }

    /** "BGP-4 (see Section ...): ", which opens a profile's answer when the draft has several. */
    private static Prose lead(Profile profile) {
        return Prose.of(Wording.protocolName(profile) + " (see ")
                .add(sectionRef(profile))
                .text("): ");
    }

    // Threats

    private static Definition threat(
            String term, List<Profile> profiles, boolean several, Function<Profile, Prose> answer) {
        List<Block> blocks = new ArrayList<>();
        for (Profile profile : profiles) {
            Prose prose = answer.apply(profile);
            blocks.add(several ? lead(profile).addAll(prose.inlines()).paragraph() : prose.paragraph());
        }
        if (profiles.isEmpty()) {
            blocks.add(Paragraph.of(
                    new Text("This document has no IPsec profile, so IPsec does not address" + " this threat.")));
        }
        return new Definition(List.of(new Text(term)), blocks);
    }

    private Prose eavesdropping(Profile profile) {
        Protection protection = profile.protection();
        Prose prose;
        switch (confidentiality(protection)) {
            case ALWAYS ->
                prose = Prose.of("ESP encryption keeps the content of the traffic from eavesdroppers."
                        + " They can still see "
                        + (protection.mode() == Mode.TUNNEL
                                ? "the addresses of the tunnel endpoints"
                                : "the addresses of the peers")
                        + ", the size and timing of packets, and which SAs are in use.");
            case SOMETIMES ->
                prose = Prose.of("The traffic is confidential only on SAs negotiated with"
                        + " encryption; on SAs that use NULL encryption, eavesdroppers can read it.");
            case NEVER ->
                prose = Prose.of("Eavesdroppers on the path can read the traffic: this profile provides"
                        + " no confidentiality, "
                        + (protection.uses(SecurityProtocol.ESP)
                                ? "and ESP is used without encryption."
                                : "and AH does not encrypt."));
            default ->
                prose = Prose.of("This profile does not yet specify whether the traffic is encrypted;"
                        + " until it does, assume that eavesdroppers can read it.");
        }
        if (profile.keyManagement().method() == KeyManagementMethod.IKE
                && profile.ike().version() == IkeVersion.IKEV1
                && profile.ike().modes().contains(IkeMode.AGGRESSIVE)) {
            prose.text(" IKEv1 aggressive mode also sends the identities of the peers unencrypted.");
        }
        return prose;
    }

    private Prose replay(Profile profile) {
        KeyManagementMethod method = profile.keyManagement().method();
        Need replay = profile.protection().replayProtection();
        Prose prose;
        switch (replayProtection(profile)) {
            case ALWAYS -> {
                return Prose.of("Receivers discard replayed packets by checking the sequence number of each"
                        + " packet against a window. This works because automated key management ("
                        + (method == KeyManagementMethod.KINK ? "KINK" : "IKE") + ") replaces the keys of"
                        + " an SA before its sequence numbers run out.");
            }
            case SOMETIMES ->
                prose = Prose.of("Replayed packets are discarded only by receivers that enable"
                        + " anti-replay protection on SAs with integrity, and other receivers accept them");
            case NEVER -> {
                if (method == KeyManagementMethod.MANUAL) {
                    prose = Prose.of("The SAs are keyed manually, and anti-replay protection is not available"
                                    + " with manual keys ")
                            .add(cite.informative("RFC4107"))
                            .text(": an attacker can record packets and send them again for as long as the keys"
                                    + " stay in use");
                } else if (replay == Need.NONE) {
                    prose = Prose.of(
                            "This profile does not use anti-replay protection, so IPsec accepts" + " replayed packets");
                } else {
                    prose = Prose.of("Without integrity protection, IPsec cannot detect replayed packets");
                }
            }
            default -> {
                return Prose.of("Whether replayed packets are detected depends on the key management and the"
                        + " IPsec protocol, which this profile does not yet fully specify.");
            }
        }
        return prose.text(". Only " + upperLayer(profile) + " can then reject replayed messages.");
    }

    /** Who else can notice replayed or missing messages. */
    private static String upperLayer(Profile profile) {
        Transport transport = profile.selectors().transport();
        if (transport != null && transport.number() == Transport.TCP) {
            return "the protocol above IPsec (for TCP, its sequence numbers)";
        }
        if (transport != null && transport.isSctp()) {
            return "the protocol above IPsec (for SCTP, its transmission sequence numbers)";
        }
        return Wording.protocolName(profile) + " itself";
    }

    private Prose insertion(Profile profile) {
        return switch (integrity(profile.protection())) {
            case ALWAYS ->
                Prose.of("A packet that does not carry a valid integrity check value for an"
                        + " established SA is discarded, so an attacker who does not hold the keys of an SA cannot"
                        + " insert messages. A peer that holds valid credentials can still send messages of its own;"
                        + " the authorization policy of the profile limits what it may do.");
            case SOMETIMES ->
                Prose.of("Inserted packets are discarded on SAs with integrity protection; on ESP"
                        + " SAs without it, an attacker can insert packets that the receiver accepts.");
            case NEVER ->
                Prose.of("No SA of this profile has integrity protection, so IPsec does not stop an"
                        + " attacker from inserting messages.");
            default ->
                Prose.of("This profile does not yet specify the IPsec protocol, so whether inserted"
                        + " messages are detected is open.");
        };
    }

    private static Prose deletion(Profile profile) {
        Prose prose = Prose.of("IPsec does not detect deleted packets: a receiver notices neither a single"
                + " missing packet nor a gap in the sequence numbers.");
        Transport transport = profile.selectors().transport();
        if (transport != null && (transport.number() == Transport.TCP || transport.isSctp())) {
            String name = transport.isSctp() ? "SCTP" : "TCP";
            prose.text(" " + name + " retransmits what is lost, and an association or connection whose packets"
                    + " are all removed stalls and fails, so sustained deletion becomes a denial of service"
                    + " rather than silent loss.");
        } else {
            prose.text(" Deletion goes unnoticed unless " + Wording.protocolName(profile)
                    + " itself detects missing messages.");
        }
        return prose;
    }

    private Prose modification(Profile profile, List<Finding> findings) {
        Protection protection = profile.protection();
        Prose prose;
        switch (integrity(protection)) {
            case ALWAYS -> {
                prose = Prose.of("A packet modified in transit fails its integrity check and is discarded.");
                if (protection.uses(SecurityProtocol.AH)) {
                    prose.text(" Where AH is used, it also covers the fields of the IP header that do not change in"
                            + " transit.");
                }
                if (Wording.reports(findings, profile, "sender-address-check")) {
                    prose.text(" ESP in transport mode does not cover the IP header, so the receiver's check"
                            + " of each packet's source address against the authenticated peer is what keeps"
                            + " one peer from sending under another peer's address.");
                }
            }
            case SOMETIMES ->
                prose = Prose.of("Modified packets are discarded on SAs with integrity protection;"
                        + " on ESP SAs without it, an attacker can alter the ciphertext and so the data the receiver"
                        + " obtains.");
            case NEVER ->
                prose = Prose.of("No SA of this profile has integrity protection, so IPsec does not"
                        + " detect modified messages.");
            default ->
                prose = Prose.of("This profile does not yet specify the IPsec protocol, so whether"
                        + " modified messages are detected is open.");
        }
        return prose;
    }

    private Prose manInTheMiddle(Profile profile) {
        Authentication authentication = profile.authentication();
        Prose prose = new Prose();
        if (profile.keyManagement().method() == KeyManagementMethod.MANUAL) {
            prose.text("With manual keys there is no authentication exchange: whoever learns the keys of an SA"
                    + " can read its traffic and stand in for either peer.");
        }
        if (authentication.methods().isEmpty() && prose.isEmpty()) {
            return Prose.of("This profile does not yet specify how peers authenticate each other; until it does,"
                    + " nothing keeps an attacker from placing itself between them.");
        }
        for (AuthenticationMethod method : authentication.methods()) {
            if (!prose.isEmpty()) {
                prose.text(" ");
            }
            switch (method) {
                case CERTIFICATES -> certificateMitm(profile, prose);
                case PRE_SHARED_SECRET -> {
                    prose.text("Anyone who knows a pre-shared secret can pose as either peer that holds it;"
                            + " where one secret is shared by many peers, each of them can pose as any other.");
                    if (profile.keyManagement().method() == KeyManagementMethod.IKE
                            && profile.ike().version() == IkeVersion.IKEV1
                            && profile.ike().modes().contains(IkeMode.AGGRESSIVE)) {
                        prose.text(" With IKEv1 aggressive mode, an attacker who observes or starts an exchange"
                                + " can test guesses of the secret offline, so such secrets need to be long and"
                                + " random.");
                    }
                }
                case EAP ->
                    prose.text("With EAP, the responder authenticates with a certificate and the"
                                    + " initiator with an EAP method; methods that do not generate keys are open to"
                                    + " man-in-the-middle attacks when the same credentials are also used outside"
                                    + " IKEv2 ")
                            .add(cite.normative("RFC7296"))
                            .text(".");
                case KERBEROS ->
                    prose.text("With Kerberos, the key distribution center vouches for every peer;"
                            + " whoever controls it, or obtains a peer's long-term key, can pose as that peer.");
            }
        }
        return prose;
    }

    private void certificateMitm(Profile profile, Prose prose) {
        CertificateIssuance issuance = profile.authentication().certificates().issuance();
        if (issuance == null) {
            prose.text("With certificates, protection depends on who issues them, which this profile does not"
                    + " yet specify.");
        } else if (issuance == CertificateIssuance.LOCALLY_ISSUED) {
            prose.text("With certificates from a certification authority that the operator runs, an attacker"
                    + " needs a certificate from that authority or a peer's private key to stand between two"
                    + " peers.");
        } else if (issuance == CertificateIssuance.EXISTING_PKI) {
            prose.text("With certificates from an existing PKI, any party that PKI certifies under a name the"
                    + " peers accept can pose as a peer; protection is only as strong as that PKI's issuing"
                    + " practice and the names implementations accept.");
        } else {
            prose.text("The profile expects certificates from a global PKI, which does not exist; in practice"
                    + " peers either fail to authenticate each other or accept certificates whose issuers they"
                    + " cannot judge, and an attacker holding such a certificate can stand between them.");
        }
    }

    private Prose denialOfService(Profile profile) {
        Prose prose = Prose.of("IPsec adds costs that an attacker can exploit: each packet received on an SA"
                + " costs an integrity check");
        Level confidentiality = confidentiality(profile.protection());
        if (confidentiality == Level.ALWAYS || confidentiality == Level.SOMETIMES) {
            prose.text(" and decryption");
        }
        prose.text(" before it can be discarded");
        KeyManagementMethod method = profile.keyManagement().method();
        boolean certificates = profile.authentication().uses(AuthenticationMethod.CERTIFICATES);
        if (method == KeyManagementMethod.IKE) {
            prose.text(", and each IKE exchange costs a Diffie-Hellman computation"
                    + (certificates ? " and public-key signature operations" : "")
                    + ", which a responder performs before it knows whether the initiator is genuine.");
            if (profile.ike().version() == IkeVersion.IKEV2) {
                prose.text(" Under load, an IKEv2 responder can require a cookie ")
                        .add(cite.normative("RFC7296"))
                        .text(" so that it spends nothing on initiators that do not receive its replies.");
            }
        } else if (method == KeyManagementMethod.KINK) {
            prose.text(", and every SA depends on the Kerberos key distribution center being reachable.");
        } else {
            prose.text(".");
        }
        Context context = profile.context();
        if (certificates && (context.constrainedDevices() || context.concentrators())) {
            List<String> who = new ArrayList<>();
            if (context.constrainedDevices()) {
                who.add("low-powered devices");
            }
            if (context.concentrators()) {
                who.add("concentrators that set up many SAs at once");
            }
            prose.text(" The public-key cost weighs most on " + joinAnd(who) + ".");
        }
        return prose.text(
                " An attacker on the path can also deny service by dropping packets, which IPsec" + " cannot prevent.");
    }

    private static List<Finding> findingsOf(Map<String, List<Finding>> byProfile, Profile profile) {
        return byProfile.getOrDefault(profile.id(), List.of());
    }

    // Consequences of guidance findings

    /** The consequence for deployers of a guidance finding; null for rules whose point lives in the profile. */
    private Prose consequence(String rule, Profile profile) {
        Protection protection = profile.protection();
        Context context = profile.context();
        return switch (rule) {
            case "confidentiality-requires-esp" ->
                see(
                        Prose.of("The profile asks for confidentiality but does"
                                + " not use ESP, so the traffic is not encrypted"),
                        "3.1");
            case "ah-behind-nat" -> {
                boolean ahOnly = !protection.uses(SecurityProtocol.ESP)
                        || protection.mandatoryToImplement() == SecurityProtocol.AH;
                yield see(
                        Prose.of("Where a NAT device separates the peers, AH cannot be used, because the NAT"
                                + " changes the addresses AH covers and UDP encapsulation exists for ESP only"
                                + (ahOnly
                                        ? "; since AH is the only or the mandatory protocol, such peers may be left"
                                                + " without protection"
                                        : "")),
                        "3.1");
            }
            case "nat-traversal" ->
                see(
                        Prose.of("Peers of this protocol are likely to be behind NAT devices ")
                                .add(cite.informative("RFC3715"))
                                .text("; unless both support UDP encapsulation ")
                                .add(cite.cite("RFC3948", null, protection.natTraversal() != NatTraversal.NOT_NEEDED))
                                .text(
                                        ", their IPsec traffic cannot pass, and operators may be tempted to turn IPsec off"),
                        "3.1");
            case "esp-without-integrity" ->
                see(
                        Prose.of("ESP SAs that encrypt without integrity protection"
                                + " give no assurance that the traffic arrives unaltered, and encryption alone can be"
                                + " attacked by altering the ciphertext"),
                        "3.1");
            case "manual-keying" ->
                see(
                        Prose.of("With manual keying, keys stay in use until an administrator"
                                        + " changes them and replayed packets are not detected; a disclosed key exposes all traffic"
                                        + " ever protected with it, so keys have to be changed by hand and kept secret on every"
                                        + " device ")
                                .add(cite.informative("RFC4107")),
                        "3.3");
            case "kink-requires-kerberos" ->
                see(
                        Prose.of("KINK works only within a Kerberos deployment; peers"
                                + " outside one cannot establish SAs under this profile"),
                        "3.3");
            case "shared-secret-scaling" ->
                see(
                        Prose.of("Pre-shared secrets scale poorly when many peers talk"
                                + " to many others: each pair needs a secret of its own, and sharing one secret among many"
                                + " peers lets any of them pose as the others"),
                        "3.3");
            case "global-pki" ->
                see(
                        Prose.of("The profile expects certificates from a global PKI, which does"
                                + " not exist; operators will have to run their own certification authority, or peers will"
                                + " fail to authenticate each other"),
                        "3.3");
            case "existing-pki" ->
                see(
                        Prose.of("Certificates from an existing PKI are seldom used for IPsec;"
                                + " operators have to decide which of its certification authorities, and which names in its"
                                + " certificates, identify legitimate peers, or anyone that PKI certifies could"
                                + " authenticate"),
                        "3.3");
            case "public-key-cost" -> {
                List<String> who = new ArrayList<>();
                if (context.constrainedDevices()) {
                    who.add("low-powered devices");
                }
                if (context.concentrators()) {
                    who.add("concentrators such as firewalls or servers that set up many SAs at about the"
                            + " same time");
                }
                yield see(
                        Prose.of("Certificate authentication makes every IKE exchange cost public-key"
                                + " operations; " + joinAnd(who) + " may need hardware assistance, and are easier"
                                + " targets for denial of service without it"),
                        "3.3");
            }
            case "low-level-key-management" ->
                see(
                        Prose.of("This protocol runs before general IP connectivity"
                                + " exists, while automated key management needs that connectivity; operators cannot count"
                                + " on SAs being available when the protocol first needs protection"),
                        "3.3");
            case "application-api" ->
                see(
                        Prose.of(
                                "Applications have no standard way to learn whether IPsec"
                                        + " protected their traffic or which peer it authenticated; a deployment in which the"
                                        + " application relies on that knowledge depends on interfaces specific to each platform"),
                        "3.4");
            case "embedded-endpoints" -> {
                List<String> kinds = new ArrayList<>();
                for (EndpointKind kind : List.of(EndpointKind.EMBEDDED, EndpointKind.NAT_DEVICES)) {
                    if (context.endpoints().contains(kind)) {
                        kinds.add(Wording.endpointName(kind));
                    }
                }
                yield see(
                        Prose.of("IPsec is rarely implemented on " + joinAnd(kinds) + ", least of all on"
                                + " low-end ones; where they must implement this profile, it may not be available in"
                                + " practice"),
                        "4");
            }
            case "nested-ipsec" ->
                see(
                        Prose.of("Endpoints that already reach the network through an IPsec VPN"
                                + " need a second, nested layer of IPsec for this profile, which few implementations"
                                + " support"),
                        "4");
            case "user-granularity" ->
                see(
                        Prose.of("Few implementations identify or key traffic per user; on"
                                + " hosts shared by several users, per-user protection may not be available"),
                        "5");
            case "port-selectors" ->
                see(
                        Prose.of("Implementations that cannot use port numbers in their"
                                + " selectors protect either all traffic between two hosts or none, so they cannot limit"
                                + " protection to the traffic of this protocol"),
                        "6");
            case "sctp-selectors" ->
                see(
                        Prose.of("Implementations without the SCTP selectors of ")
                                .add(cite.normative("RFC3554"))
                                .text(" cannot apply this profile to SCTP traffic by port"),
                        "6");
            case "tunneled-traffic" -> {
                Prose prose = Prose.of("Because the traffic is carried inside ");
                if (context.tunneledIn() == TunneledIn.L2TP) {
                    prose.text("L2TP ").add(cite.informative("RFC2661"));
                } else {
                    prose.text("another tunnel");
                }
                yield see(prose.text(", IPsec applied outside the tunnel protects all of its traffic or none"), "6");
            }
            case "multicast" ->
                see(
                        Prose.of("Many IPsec implementations do not protect multicast traffic; the" + " extensions of ")
                                .add(cite.normative("RFC5374"))
                                .text(
                                        " and a group key management protocol have to be available on the target platforms"),
                        "7");
            case "eap-requires-ikev2" ->
                see(
                        Prose.of("EAP authentication needs IKEv2, so deployments that use"
                                + " IKEv1 cannot authenticate peers with EAP"),
                        "8");
            case "availability-unknown" ->
                profile.availability().status() == AvailabilityStatus.PARTIAL
                        ? see(
                                Prose.of("Only some of the products that must implement this profile support it; users"
                                        + " of the others are left without its protection"),
                                "8")
                        : see(
                                Prose.of("It is not yet known whether the products that must implement this profile"
                                        + " support it; if they do not, requiring it leaves their users without protection"
                                        + " in practice"),
                                "8");
            case "availability-unavailable" ->
                see(
                        Prose.of("The products that must implement this profile do"
                                + " not support it; requiring it leaves the traffic of their users unprotected in"
                                + " practice"),
                        "4");
            default -> null;
        };
    }

    /** Ends a consequence with the RFC 5406 section whose guidance it applies. */
    private Prose see(Prose prose, String section) {
        return prose.text(" (see ").add(cite.guidance(section)).text(").");
    }
}
