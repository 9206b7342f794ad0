package org.ipsecprofile.render.content;

import static org.ipsecprofile.render.content.Wording.authorParagraphs;
import static org.ipsecprofile.render.content.Wording.given;
import static org.ipsecprofile.render.content.Wording.joinAnd;
import static org.ipsecprofile.render.content.Wording.labelled;
import static org.ipsecprofile.render.content.Wording.notYetSpecified;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.Authentication;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.Availability;
import org.ipsecprofile.model.CertificateIssuance;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.Ike;
import org.ipsecprofile.model.IkeMode;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.Integrity;
import org.ipsecprofile.model.KeyManagement;
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
 * Writes the IPsec profile section of one profile: an opening paragraph, then one definition
 * list answering items a to i of RFC 5406 Section 8 in the manner of its Section 9. What the
 * profile makes mandatory is written with BCP 14 keywords; the descriptor's own text is quoted
 * verbatim; guidance findings (not suppressed) become requirements or notes of the item they
 * concern; an item the descriptor leaves open says so. Holds only its reference predicate; safe to
 * share between threads.
 */
public final class ProfileSectionWriter {

    private final Citations cite;

    /** @param knownReference true for the anchors ({@code RFC4301}) the reference library holds */
    public ProfileSectionWriter(Predicate<String> knownReference) {
        this.cite = new Citations(knownReference);
    }

    /**
     * The section for {@code profile}.
     *
     * @param findings the profile's findings (others and suppressed ones are ignored)
     */
    public Section write(Profile profile, List<Finding> findings) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(findings, "findings");
        Item item = new Item(profile, findings);
        List<Block> blocks = new ArrayList<>();
        blocks.add(introduction(profile));
        if (!profile.context().endpoints().isEmpty()) {
            blocks.add(endpoints(profile));
        }
        blocks.add(new DefinitionList(List.of(
                definition("Selectors", selectors(item)),
                definition("IPsec Protocols and Mode", protocolsAndMode(item)),
                definition("Key Management", keyManagement(item)),
                definition("Identification", identification(item)),
                definition("User Switching", userSwitching(item)),
                definition("Authentication", authentication(item)),
                definition("Authorization", authorization(item)),
                definition("IKE Version", ikeVersion(item)),
                definition("Availability", availability(item)))));
        return new Section(Wording.sectionAnchor(profile), Wording.sectionTitle(profile), blocks, List.of());
    }

    /** The profile and its findings, as each item reads them. */
    private record Item(Profile profile, List<Finding> findings) {

        boolean reports(String rule) {
            return Wording.reports(findings, profile, rule);
        }

        int version() {
            return profile.ipsecVersion();
        }
    }

    private static Definition definition(String term, List<Block> description) {
        return new Definition(List.of(new Text(term)), description);
    }

    private Paragraph introduction(Profile profile) {
        Prose prose = Prose.of("This section specifies how " + Wording.protocolName(profile));
        String reference =
                profile.protocol() == null ? null : profile.protocol().reference();
        if (given(reference)) {
            if (cite.known(reference.strip())) {
                prose.text(" ").add(cite.normative(reference.strip()));
            } else {
                prose.text(" (" + reference.strip() + ")");
            }
        }
        prose.text(" uses IPsec. It answers in turn each question of ")
                .add(cite.guidance("8"))
                .text(" and applies the guidance of that document where noted. The profile is built on the"
                        + " IPsec architecture of ")
                .add(cite.normative(Wording.architectureAnchor(profile.ipsecVersion())));
        Protection protection = profile.protection();
        List<SecurityProtocol> protocols = protection.protocols();
        for (int i = 0; i < protocols.size(); i++) {
            SecurityProtocol protocol = protocols.get(i);
            prose.text(i == 0 ? ", with " : " and ");
            prose.text(
                    protocol == SecurityProtocol.ESP
                            ? "the Encapsulating Security Payload (ESP) "
                            : "the Authentication Header (AH) ");
            prose.add(cite.normative(Wording.anchorOf(protocol, profile.ipsecVersion())));
        }
        KeyManagementMethod method = profile.keyManagement().method();
        IkeVersion ikeVersion = profile.ike().version();
        if (method == KeyManagementMethod.IKE && ikeVersion != null) {
            prose.text(", and with "
                            + (ikeVersion == IkeVersion.IKEV1
                                    ? "version 1 of the Internet Key Exchange (IKEv1) "
                                    : "version 2 of the Internet Key Exchange (IKEv2) "))
                    .add(cite.normative(Wording.ikeAnchor(ikeVersion)))
                    .text(" for key management");
        } else if (method == KeyManagementMethod.KINK) {
            prose.text(", and with Kerberized Internet Negotiation of Keys (KINK) ")
                    .add(cite.normative("RFC4430"))
                    .text(" for key management");
        }
        return prose.text(".").paragraph();
    }

    private static Paragraph endpoints(Profile profile) {
        List<String> kinds = new ArrayList<>();
        for (EndpointKind kind : profile.context().endpoints()) {
            kinds.add(Wording.endpointName(kind));
        }
        return Paragraph.of(new Text("The devices expected to implement this profile are " + joinAnd(kinds) + "."));
    }

    // a. Selectors

    private List<Block> selectors(Item item) {
        Selectors selectors = item.profile().selectors();
        List<Block> blocks = new ArrayList<>();
        if (!given(selectors.initiator())
                && !given(selectors.local())
                && !given(selectors.remote())
                && selectors.transport() == null
                && selectors.ports() == null
                && !given(selectors.notes())) {
            blocks.add(notYetSpecified("the traffic selectors: which peer initiates, which addresses are used,"
                    + " and which upper-layer protocol and ports are protected"));
        } else {
            if (given(selectors.initiator())) {
                blocks.addAll(labelled("Initiator", selectors.initiator()));
            } else {
                blocks.add(notYetSpecified("which peer initiates the conversation"));
            }
            if (given(selectors.local())) {
                blocks.addAll(labelled("Initiator's address", selectors.local()));
            }
            if (given(selectors.remote())) {
                blocks.addAll(labelled("Responder's address", selectors.remote()));
            }
            blocks.addAll(trafficSelector(selectors));
        }
        if (item.reports("port-selectors")) {
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" be able to use port numbers in their selectors, so that this profile protects the"
                            + " traffic above without applying to all other traffic between the same two"
                            + " addresses (see ")
                    .add(cite.guidance("6"))
                    .text(").")
                    .paragraph());
        }
        if (item.reports("sctp-selectors")) {
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" support the SCTP selectors defined in ")
                    .add(cite.normative("RFC3554"))
                    .text(", without which SCTP traffic cannot be selected by port (see ")
                    .add(cite.guidance("6"))
                    .text(").")
                    .paragraph());
        }
        if (item.reports("tunneled-traffic")) {
            blocks.add(tunneledTraffic(item.profile()));
        }
        if (item.reports("multicast")) {
            blocks.add(Prose.of("This protocol also sends multicast or broadcast traffic. For that traffic,"
                            + " implementations ")
                    .must()
                    .text(" support the multicast extensions to the IPsec architecture ")
                    .add(cite.normative("RFC5374"))
                    .text(", together with a group key management protocol (see ")
                    .add(cite.guidance("7"))
                    .text(").")
                    .paragraph());
        }
        blocks.addAll(authorParagraphs(selectors.notes()));
        return blocks;
    }

    private List<Block> trafficSelector(Selectors selectors) {
        Transport transport = selectors.transport();
        if (transport == null) {
            return List.of(notYetSpecified("which upper-layer protocol the selectors match"));
        }
        Prose prose = Prose.of("The security policy entry that protects this traffic ")
                .must()
                .text(" select " + transportPhrase(transport));
        Ports ports = selectors.ports();
        boolean listed = transport.hasPorts() && ports != null && !ports.any();
        if (transport.hasPorts() && ports != null) {
            prose.text(ports.any() ? " on any port" : " with responder " + portPhrase(ports));
        }
        if (given(selectors.local()) || given(selectors.remote())) {
            prose.text(", between the addresses above");
        }
        prose.text(".");
        if (listed) {
            prose.text(" On the responder the entry is the mirror image, with "
                    + (ports.ranges().size() == 1 && isSingle(ports.ranges().get(0))
                            ? "that port as the local port."
                            : "those ports as the local ports."));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(prose.paragraph());
        if (transport.hasPorts() && ports == null) {
            blocks.add(notYetSpecified("which ports the selectors match"));
        }
        return blocks;
    }

    private static String transportPhrase(Transport transport) {
        return switch (transport.number()) {
            case Transport.ANY -> "traffic of any upper-layer protocol";
            case Transport.TCP -> "TCP (IP protocol 6)";
            case Transport.UDP -> "UDP (IP protocol 17)";
            case Transport.SCTP -> "SCTP (IP protocol 132)";
            case Transport.ICMP -> "ICMP (IP protocol 1)";
            default -> "IP protocol " + transport.number();
        };
    }

    private static boolean isSingle(PortRange range) {
        return range.first() == range.last();
    }

    private static String portPhrase(Ports ports) {
        List<String> shown = new ArrayList<>();
        for (PortRange range : ports.ranges()) {
            shown.add(range.display());
        }
        boolean one = shown.size() == 1 && isSingle(ports.ranges().get(0));
        return (one ? "port " : "ports ") + joinAnd(shown);
    }

    private Paragraph tunneledTraffic(Profile profile) {
        Prose prose = Prose.of("This traffic travels inside ");
        if (profile.context().tunneledIn() == TunneledIn.L2TP) {
            prose.text("an L2TP tunnel ").add(cite.informative("RFC2661"));
        } else {
            prose.text("another tunnel");
        }
        return prose.text(". Selectors applied outside the tunnel cannot see the addresses and ports inside it,"
                        + " so an implementation that applies IPsec outside the tunnel ")
                .must()
                .text(" protect all of the tunnel's traffic according to this profile (see ")
                .add(cite.guidance("6"))
                .text(").")
                .paragraph();
    }

    // b. IPsec protocols and mode

    private List<Block> protocolsAndMode(Item item) {
        Profile profile = item.profile();
        Protection protection = profile.protection();
        List<Block> blocks = new ArrayList<>();
        boolean esp = protection.uses(SecurityProtocol.ESP);
        boolean ah = protection.uses(SecurityProtocol.AH);
        Inline espCitation = cite.normative(Wording.anchorOf(SecurityProtocol.ESP, item.version()));
        Inline ahCitation = cite.normative(Wording.anchorOf(SecurityProtocol.AH, item.version()));
        if (!esp && !ah) {
            blocks.add(notYetSpecified("whether ESP or AH protects the traffic"));
        } else if (esp && ah && protection.combined()) {
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" support both ESP ")
                    .add(espCitation)
                    .text(" and AH ")
                    .add(ahCitation)
                    .text(", and ")
                    .must()
                    .text(" be able to apply them together to the same traffic, with AH applied outside ESP.")
                    .paragraph());
        } else if (esp && ah) {
            SecurityProtocol mandatory = protection.mandatoryToImplement();
            if (mandatory == null) {
                blocks.add(Prose.of("Either ESP ")
                        .add(espCitation)
                        .text(" or AH ")
                        .add(ahCitation)
                        .text(" can protect the traffic.")
                        .paragraph());
                blocks.add(notYetSpecified("which of ESP and AH is mandatory to implement"));
            } else {
                boolean espFirst = mandatory == SecurityProtocol.ESP;
                blocks.add(Prose.of("Implementations ")
                        .must()
                        .text(" support " + (espFirst ? "ESP " : "AH "))
                        .add(espFirst ? espCitation : ahCitation)
                        .text(" and ")
                        .may()
                        .text(" support " + (espFirst ? "AH " : "ESP "))
                        .add(espFirst ? ahCitation : espCitation)
                        .text(". Two peers that both support " + (espFirst ? "AH" : "ESP") + " can use it instead.")
                        .paragraph());
            }
        } else {
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" support " + (esp ? "ESP " : "AH "))
                    .add(esp ? espCitation : ahCitation)
                    .text(". This profile does not use " + (esp ? "AH" : "ESP") + ".")
                    .paragraph());
        }
        Mode mode = protection.mode();
        if (mode == null) {
            blocks.add(notYetSpecified("whether transport mode or tunnel mode is used"));
        } else {
            blocks.add(Prose.of("Security associations (SAs) of this profile ")
                    .must()
                    .text(" use " + (mode == Mode.TRANSPORT ? "transport" : "tunnel") + " mode.")
                    .paragraph());
        }
        blocks.addAll(services(item, esp, ah));
        blocks.addAll(natTraversal(item, esp));
        if (item.reports("sender-address-check")) {
            blocks.add(Prose.of("In transport mode ESP does not protect the IP header. A receiver ")
                    .must()
                    .text(" therefore verify that the source address of each packet received on an ESP SA"
                            + " matches the IP address that key management authenticated for the peer, as the IPsec"
                            + " architecture ")
                    .add(cite.normative(Wording.architectureAnchor(item.version())))
                    .text(" requires (see ")
                    .add(cite.guidance("9"))
                    .text(").")
                    .paragraph());
        }
        return blocks;
    }

    /** Confidentiality, integrity and anti-replay protection. */
    private List<Block> services(Item item, boolean esp, boolean ah) {
        Protection protection = item.profile().protection();
        List<Block> blocks = new ArrayList<>();
        Need confidentiality = protection.confidentiality();
        boolean espIntegrity = protection.integrity() != Integrity.NONE;
        if (confidentiality == null) {
            blocks.add(notYetSpecified("whether the traffic needs confidentiality"));
        } else if (confidentiality == Need.NONE) {
            if (esp && espIntegrity) {
                blocks.add(Prose.of("The traffic does not need confidentiality. ESP is used with the NULL"
                                + " encryption algorithm, that is, for integrity and data origin authentication"
                                + " only, and implementations ")
                        .must()
                        .text(" support ESP with NULL encryption.")
                        .paragraph());
            } else if (esp) {
                blocks.add(Paragraph.of(new Text("This profile asks ESP for neither encryption nor integrity;"
                        + " ESP SAs configured that way protect nothing.")));
            } else {
                blocks.add(Paragraph.of(new Text("The traffic does not need confidentiality; AH provides"
                        + " integrity and data origin authentication only.")));
            }
        } else if (!esp) {
            blocks.add(Prose.of("This profile asks for confidentiality, which AH cannot provide; only ESP"
                            + " encrypts (see ")
                    .add(cite.guidance("3.1"))
                    .text(").")
                    .paragraph());
        } else {
            Prose prose = confidentiality == Need.REQUIRED
                    ? Prose.of("ESP SAs of this profile ").must().text(" use an encryption algorithm")
                    : Prose.of("ESP SAs of this profile ")
                            .may()
                            .text(" use an encryption algorithm; SAs that use NULL encryption leave the traffic"
                                    + " readable");
            if (espIntegrity) {
                prose.text(confidentiality == Need.REQUIRED ? " and " : ". In either case they ")
                        .must()
                        .text(" also provide integrity and data origin authentication.");
            } else {
                prose.text(". They are negotiated without an integrity algorithm, so they provide no integrity"
                        + " or data origin authentication of their own");
                if (ah) {
                    prose.text(" unless AH is applied as well");
                }
                prose.text(".");
            }
            blocks.add(prose.paragraph());
            if (item.reports("esp-without-integrity")) {
                blocks.add(Prose.of("Encryption without integrity protection leaves the traffic open to active"
                                + " attacks that alter the ciphertext (see ")
                        .add(cite.guidance("3.1"))
                        .text(").")
                        .paragraph());
            }
        }
        KeyManagementMethod method = item.profile().keyManagement().method();
        Need replay = protection.replayProtection();
        if (!esp && !ah) {
            return blocks;
        } else if (replay != Need.NONE && !ah && !espIntegrity) {
            blocks.add(Paragraph.of(new Text("Anti-replay protection is not available, because ESP SAs without"
                    + " integrity cannot provide it.")));
        } else if (method == KeyManagementMethod.MANUAL && replay != Need.NONE) {
            blocks.add(Paragraph.of(new Text("Anti-replay protection is not available, because the SAs are"
                    + " keyed manually (see Key Management).")));
        } else if (replay == Need.REQUIRED) {
            blocks.add(Prose.of("Receivers ")
                    .must()
                    .text(" enable anti-replay protection on every SA of this" + " profile.")
                    .paragraph());
        } else if (replay == Need.OPTIONAL) {
            blocks.add(Prose.of("Receivers ")
                    .may()
                    .text(" enable anti-replay protection.")
                    .paragraph());
        } else if (replay == Need.NONE) {
            blocks.add(Paragraph.of(new Text("This profile does not use anti-replay protection.")));
        }
        return blocks;
    }

    private List<Block> natTraversal(Item item, boolean esp) {
        Profile profile = item.profile();
        NatTraversal natTraversal = profile.protection().natTraversal();
        boolean needed = natTraversal == NatTraversal.REQUIRED || natTraversal == NatTraversal.OPTIONAL;
        List<Block> blocks = new ArrayList<>();
        if (needed && esp) {
            Prose prose = Prose.of("Implementations ");
            prose = natTraversal == NatTraversal.REQUIRED ? prose.must() : prose.may();
            blocks.add(prose.text(" support UDP encapsulation of ESP packets ")
                    .add(cite.normative("RFC3948"))
                    .text(", so that peers separated by a NAT device can communicate.")
                    .paragraph());
        } else if (needed) {
            blocks.add(Prose.of("This profile asks for NAT traversal, but UDP encapsulation ")
                    .add(cite.normative("RFC3948"))
                    .text(" is defined for ESP only and cannot carry AH.")
                    .paragraph());
        }
        if (item.reports("nat-traversal")) {
            blocks.add(Prose.of("Peers of this protocol are likely to be separated by NAT devices ")
                    .add(cite.informative("RFC3715"))
                    .text("; peers behind a NAT can use this profile only where both support UDP encapsulation ")
                    .add(cite.cite("RFC3948", null, needed))
                    .text(" (see ")
                    .add(cite.guidance("3.1"))
                    .text(").")
                    .paragraph());
        }
        if (item.reports("ah-behind-nat")) {
            Prose prose = Prose.of("Where a NAT device lies between the peers, AH cannot be used: the NAT"
                    + " rewrites the addresses that AH protects, and UDP encapsulation is defined for ESP only");
            if (esp) {
                prose.text(". Such peers ").must().text(" use ESP");
            } else {
                prose.text(". This profile therefore cannot protect traffic that crosses a NAT device");
            }
            blocks.add(prose.text(" (see ").add(cite.guidance("3.1")).text(").").paragraph());
        }
        return blocks;
    }

    // c. Key management

    private List<Block> keyManagement(Item item) {
        Profile profile = item.profile();
        KeyManagement keyManagement = profile.keyManagement();
        List<Block> blocks = new ArrayList<>();
        KeyManagementMethod method = keyManagement.method();
        if (method == null) {
            blocks.add(notYetSpecified("how the keys of its SAs are managed"));
        } else if (method == KeyManagementMethod.IKE) {
            IkeVersion version = profile.ike().version();
            Prose prose = Prose.of("SAs of this profile ").must().text(" be established with ");
            if (version == null) {
                prose.text("IKE (the version is not yet specified; see IKE Version)");
            } else {
                prose.text(Wording.ikeName(version) + " ").add(cite.normative(Wording.ikeAnchor(version)));
            }
            blocks.add(prose.text(". Automated key management gives each SA fresh keys and lets receivers"
                            + " detect replayed packets.")
                    .paragraph());
        } else if (method == KeyManagementMethod.KINK) {
            blocks.add(Prose.of("SAs of this profile ")
                    .must()
                    .text(" be established with KINK ")
                    .add(cite.normative("RFC4430"))
                    .text(", which obtains keys through Kerberos.")
                    .paragraph());
            if (Boolean.TRUE.equals(keyManagement.kerberosInfrastructure())) {
                blocks.add(Paragraph.of(
                        new Text("The peers belong to an existing Kerberos deployment, which" + " KINK relies on.")));
            } else {
                blocks.add(Prose.of("This profile does not state that its peers belong to a Kerberos"
                                + " deployment; KINK cannot work without one (see ")
                        .add(cite.guidance("3.3"))
                        .text(").")
                        .paragraph());
            }
        } else {
            Prose prose = Prose.of("SAs of this profile are keyed manually: implementations ")
                    .must()
                    .text(" support manually configured SAs. Manually configured keys are not refreshed, and"
                            + " anti-replay protection is not available with them");
            if (profile.protection().replayProtection() == Need.REQUIRED) {
                prose.text(", so the anti-replay protection this profile asks for cannot be provided");
            }
            blocks.add(prose.text(" (see ")
                    .add(cite.informative("RFC4107"))
                    .text(" and ")
                    .add(cite.guidance("3.3"))
                    .text(").")
                    .paragraph());
        }
        if (item.reports("low-level-key-management")) {
            blocks.add(Prose.of("This protocol runs before general IP connectivity exists, while the key"
                            + " management exchange itself needs that connectivity; SAs for it can be"
                            + " established only once the exchange can reach the peer (see ")
                    .add(cite.guidance("3.3"))
                    .text(").")
                    .paragraph());
        }
        blocks.addAll(authorParagraphs(keyManagement.notes()));
        return blocks;
    }

    // d. Identification

    private List<Block> identification(Item item) {
        Profile profile = item.profile();
        List<IdentityType> types = profile.identification().types();
        List<Block> blocks = new ArrayList<>();
        if (types.isEmpty()) {
            blocks.add(notYetSpecified("what form of identification peers use"));
        } else {
            boolean ike = profile.keyManagement().method() == KeyManagementMethod.IKE
                    && profile.ike().version() != null;
            List<String> forms = new ArrayList<>();
            for (IdentityType type : types) {
                String form = Wording.identityName(type);
                if (ike) {
                    form += " (" + Wording.identityPayload(type, profile.ike().version()) + ")";
                }
                forms.add(form);
            }
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" support identifying peers by "
                            + (forms.size() == 1 ? forms.get(0) : "each of the following: " + joinAnd(forms)) + ".")
                    .paragraph());
        }
        blocks.addAll(authorParagraphs(profile.identification().notes()));
        return blocks;
    }

    // e. User switching

    private List<Block> userSwitching(Item item) {
        Profile profile = item.profile();
        UserSwitching switching = profile.userSwitching();
        List<IdentityType> types = profile.identification().types();
        boolean userIdentities = types.contains(IdentityType.USER_FQDN) || types.contains(IdentityType.X500_DN);
        List<Block> blocks = new ArrayList<>();
        if (switching.applies() == null) {
            blocks.add(notYetSpecified(
                    "whether servers of this protocol switch user identities, as a login" + " service does"));
        } else if (!switching.applies()) {
            blocks.add(Paragraph.of(new Text(
                    "Servers of this protocol do not switch user identities, so no" + " SA is negotiated per user.")));
        } else if (Boolean.TRUE.equals(switching.newSaPerUser())) {
            blocks.add(Prose.of("Servers of this protocol switch user identities. When they do, a new SA ")
                    .must()
                    .text(" be negotiated, authenticated with a certificate that identifies the user.")
                    .paragraph());
            if (given(switching.when())) {
                blocks.addAll(labelled("When that SA is negotiated", switching.when()));
            } else {
                blocks.add(notYetSpecified("when the per-user SA is negotiated"));
            }
        } else if (Boolean.FALSE.equals(switching.newSaPerUser())) {
            blocks.add(Paragraph.of(new Text("Servers of this protocol switch user identities, but no new SA"
                    + " is negotiated per user: traffic of all users shares the SAs of the host, and IPsec"
                    + " does not tell the users apart.")));
        } else if (userIdentities) {
            blocks.add(Paragraph.of(new Text("Servers of this protocol switch user identities.")));
            blocks.add(notYetSpecified(
                    "whether a new SA, authenticated with a per-user certificate, is" + " negotiated when they do"));
        } else {
            blocks.add(Paragraph.of(new Text("Servers of this protocol switch user identities. Peers are"
                    + " identified per host, so IPsec does not tell the users apart.")));
        }
        if (item.reports("user-granularity")) {
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" be able to bind an SA to an individual user, so that the traffic of different"
                            + " users of one host is protected under different credentials (see ")
                    .add(cite.guidance("5"))
                    .text(").")
                    .paragraph());
        }
        return blocks;
    }

    // f. Authentication

    private List<Block> authentication(Item item) {
        Profile profile = item.profile();
        Authentication authentication = profile.authentication();
        List<AuthenticationMethod> methods = authentication.methods();
        List<Block> blocks = new ArrayList<>();
        if (methods.isEmpty()) {
            blocks.add(notYetSpecified("how peers authenticate each other"));
        } else if (methods.size() == 1) {
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" support authentication with " + Wording.methodName(methods.get(0)) + ".")
                    .paragraph());
        } else {
            AuthenticationMethod mandatory = authentication.mandatoryToImplement();
            if (mandatory == null || !methods.contains(mandatory)) {
                List<String> names = methods.stream().map(Wording::methodName).toList();
                blocks.add(Paragraph.of(new Text("Peers can authenticate with " + Wording.joinOr(names) + ".")));
                blocks.add(notYetSpecified("which authentication method is mandatory to implement"));
            } else {
                List<String> others = methods.stream()
                        .filter(m -> m != mandatory)
                        .map(Wording::methodName)
                        .toList();
                blocks.add(Prose.of("Implementations ")
                        .must()
                        .text(" support authentication with " + Wording.methodName(mandatory) + " and ")
                        .may()
                        .text(" support " + joinAnd(others) + ".")
                        .paragraph());
            }
        }
        if (authentication.uses(AuthenticationMethod.CERTIFICATES)) {
            blocks.addAll(certificates(item));
        }
        if (authentication.uses(AuthenticationMethod.PRE_SHARED_SECRET)) {
            Prose prose = Prose.of("With pre-shared secrets, each pair of peers needs a secret of its own.");
            if (item.reports("shared-secret-scaling")) {
                prose.text(" Because many peers talk to many others here, the number of secrets grows with the"
                                + " square of the number of peers (see ")
                        .add(cite.guidance("3.3"))
                        .text(").");
            }
            blocks.add(prose.paragraph());
        }
        if (authentication.uses(AuthenticationMethod.EAP)) {
            Prose prose = Prose.of("EAP authentication is carried by IKEv2 ").add(cite.normative("RFC7296"));
            if (item.reports("eap-requires-ikev2")) {
                prose.text("; IKEv1 cannot carry it, so EAP is not usable with the IKE version of this profile");
            }
            blocks.add(prose.text(".").paragraph());
        }
        if (authentication.uses(AuthenticationMethod.KERBEROS)) {
            if (profile.keyManagement().method() == KeyManagementMethod.KINK) {
                blocks.add(Prose.of("Kerberos authentication is provided by KINK ")
                        .add(cite.normative("RFC4430"))
                        .text(", with credentials from the peers' Kerberos realm.")
                        .paragraph());
            } else {
                blocks.add(Prose.of("Kerberos credentials authenticate peers through KINK ")
                        .add(cite.informative("RFC4430"))
                        .text("; IKE itself does not carry Kerberos authentication, and this profile does not"
                                + " yet specify how Kerberos is used with its key management.")
                        .paragraph());
            }
        }
        blocks.addAll(authorParagraphs(authentication.notes()));
        return blocks;
    }

    private List<Block> certificates(Item item) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Prose.of("Certificates ")
                .must()
                .text(" conform to the profile of ")
                .add(cite.normative("RFC5280"))
                .text(".")
                .paragraph());
        CertificateIssuance issuance =
                item.profile().authentication().certificates().issuance();
        if (issuance == null) {
            blocks.add(notYetSpecified("who issues the certificates"));
        } else if (issuance == CertificateIssuance.LOCALLY_ISSUED) {
            blocks.add(Paragraph.of(new Text("The certificates are issued locally: the operator of the peers"
                    + " runs the certification authority, and the certificates serve only this use of IPsec.")));
        } else if (issuance == CertificateIssuance.EXISTING_PKI) {
            Prose prose = Prose.of("The certificates come from an existing public key infrastructure (PKI)"
                    + " that the operators of the peers already use.");
            if (item.reports("existing-pki")) {
                prose.text(" Implementations ")
                        .must()
                        .text(" let the operator configure which certification authorities, and which names in"
                                + " their certificates, are accepted for this profile (see ")
                        .add(cite.guidance("3.3"))
                        .text(").");
            }
            blocks.add(prose.paragraph());
        } else {
            Prose prose = Prose.of(
                    "The certificates are expected to come from a global PKI that certifies" + " arbitrary peers.");
            if (item.reports("global-pki")) {
                prose.text(" No such PKI exists, so peers cannot rely on finding each other's certificates"
                                + " there (see ")
                        .add(cite.guidance("3.3"))
                        .text(").");
            }
            blocks.add(prose.paragraph());
        }
        String binding = item.profile().authentication().certificates().identityBinding();
        if (given(binding)) {
            blocks.addAll(labelled("What a certificate identifies", binding));
        }
        if (item.reports("public-key-cost")) {
            blocks.add(Prose.of("Certificate authentication costs public-key operations in every IKE exchange;"
                            + " the devices of this profile need the capacity for them (see ")
                    .add(cite.guidance("3.3"))
                    .text(").")
                    .paragraph());
        }
        return blocks;
    }

    // g. Authorization

    private List<Block> authorization(Item item) {
        List<Block> blocks = new ArrayList<>();
        String policy = item.profile().authorization().policy();
        if (given(policy)) {
            blocks.add(Prose.of("Implementations ")
                    .must()
                    .text(" enforce the following authorization policy:")
                    .paragraph());
            blocks.addAll(authorParagraphs(policy));
        } else {
            blocks.add(notYetSpecified("how peers are authorized for what they request"));
        }
        if (item.reports("application-api")) {
            blocks.add(Prose.of("The application needs to know whether its traffic was protected and which peer"
                            + " identity was authenticated. No standard interface provides this, so"
                            + " implementations ")
                    .must()
                    .text(" make it available to the application by means of their platform (see ")
                    .add(cite.guidance("3.4"))
                    .text(").")
                    .paragraph());
        }
        return blocks;
    }

    // h. IKE version

    private List<Block> ikeVersion(Item item) {
        Profile profile = item.profile();
        KeyManagementMethod method = profile.keyManagement().method();
        List<Block> blocks = new ArrayList<>();
        if (method == null) {
            blocks.add(notYetSpecified("its key management, and so whether IKE is used"));
            return blocks;
        }
        if (method == KeyManagementMethod.KINK) {
            blocks.add(Paragraph.of(new Text("IKE is not used: keys are managed with KINK (see Key Management).")));
            return blocks;
        }
        if (method == KeyManagementMethod.MANUAL) {
            blocks.add(Paragraph.of(new Text("IKE is not used: SAs are keyed manually (see Key Management).")));
            return blocks;
        }
        Ike ike = profile.ike();
        if (ike.version() == null) {
            blocks.add(notYetSpecified("which version of IKE is used"));
            return blocks;
        }
        Prose prose = Prose.of("Implementations ")
                .must()
                .text(" support " + Wording.ikeName(ike.version()) + " ")
                .add(cite.normative(Wording.ikeAnchor(ike.version())));
        if (ike.version() == IkeVersion.IKEV1) {
            if (ike.modes().isEmpty()) {
                blocks.add(prose.text(".").paragraph());
                blocks.add(notYetSpecified("whether main mode, aggressive mode, or both are used for phase 1"));
            } else {
                List<String> modes = ike.modes().stream()
                        .map(mode -> mode == IkeMode.MAIN ? "main mode" : "aggressive mode")
                        .toList();
                blocks.add(prose.text(" with " + joinAnd(modes) + " for phase 1"
                                + (modes.size() == 1 ? "; the other phase 1 mode is not used." : "."))
                        .paragraph());
            }
        } else {
            blocks.add(prose.text(".").paragraph());
        }
        if (item.reports("ike-version-suite")) {
            blocks.add(Prose.of("This profile pairs " + Wording.ikeName(ike.version()) + " with the IPsec"
                            + " architecture of ")
                    .add(cite.normative(Wording.architectureAnchor(item.version())))
                    .text(", which is usually implemented with the other version of IKE; implementations ")
                    .must()
                    .text(" support this combination.")
                    .paragraph());
        }
        return blocks;
    }

    // i. Availability

    private List<Block> availability(Item item) {
        Availability availability = item.profile().availability();
        List<Block> blocks = new ArrayList<>();
        if (availability.status() == null) {
            blocks.add(
                    notYetSpecified("whether the products expected to implement it have suitable IPsec" + " support"));
        } else {
            blocks.add(Paragraph.of(new Text(
                    switch (availability.status()) {
                        case AVAILABLE ->
                            "The products expected to implement this profile already ship IPsec support"
                                    + " that meets it.";
                        case PARTIAL ->
                            "Only some of the products expected to implement this profile ship IPsec support"
                                    + " that meets it.";
                        case UNKNOWN ->
                            "It is not yet known whether the products expected to implement this profile"
                                    + " ship IPsec support that meets it.";
                        case UNAVAILABLE ->
                            "The products expected to implement this profile do not ship IPsec support"
                                    + " that meets it.";
                    })));
        }
        if (given(availability.assessment())) {
            blocks.addAll(labelled("Assessment", availability.assessment()));
        } else if (availability.status() != null) {
            blocks.add(notYetSpecified("the assessment behind that answer"));
        }
        if (!availability.targets().isEmpty()) {
            blocks.add(Paragraph.of(new Text("Products and platforms assessed:")));
            List<List<Inline>> items = new ArrayList<>();
            for (String target : availability.targets()) {
                items.add(List.of(new Text(target.strip())));
            }
            blocks.add(new BulletList(items));
        }
        return blocks;
    }
}
