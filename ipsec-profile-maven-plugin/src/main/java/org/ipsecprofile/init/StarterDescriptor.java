package org.ipsecprofile.init;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.check.rules.RequiredItem;
import org.ipsecprofile.parse.DescriptorParser;

/**
 * The text of a starter descriptor (SPEC §6, {@code init}): {@code schema}, {@code id},
 * {@code protocol.name}, {@code ipsec.version} and {@code algorithms.companion} filled in; every key of RFC 5406 Section 8
 * items a–i present and empty, each under a comment that says what it asks and which values it
 * takes; the optional sections ({@code context}, {@code securityConsiderations}, {@code suppress})
 * commented out. An empty value counts as absent, so checking the file reports every open item.
 *
 * <p>Comment conventions the tests rely on: an explanation is {@code "# "} and text, indented
 * like the key it explains; a commented-out line of YAML is {@code "#"} directly followed by the
 * line as it would be written, so removing that one {@code #} makes it live.
 */
public final class StarterDescriptor {

    /** The {@code ipsec.version} a starter gets unless told otherwise. */
    public static final int DEFAULT_IPSEC_VERSION = 3;

    private static final String TEMPLATE = """
            # IPsec profile of {{protocolComment}}: how the protocol uses IPsec, item by item, as
            # RFC 5406 (BCP 146) Section 8 asks. Written by ipsec-profile init.
            #
            # Every key of items a to i is below, still empty. An empty value counts as absent, so
            # the check (mvn ipsec-profile:check, or ipsec-profile check without Maven) fails and
            # names each item until it is answered. Lists are
            # written [a, b]; a long text can continue on the next lines, indented, or be a block
            # (key: |). The site's descriptor reference describes every key.
            schema: ipsec-profile/1
            # Names the output files (ipsec-profile-{{id}}.xml) and anchors; unique in the project.
            id: {{id}}
            protocol:
              name: {{protocolName}}
              # Where the protocol is specified (optional): RFCnnnn, e.g. RFC4271, or a draft name,
              # draft-....
              reference:
            # The title of the profile's section (optional); left empty, it is "IPsec Profile for"
            # and the protocol's name.
            title:
            ipsec:
              # The generation of IPsec the profile is written for: 2 or 3.
              #   3: the current architecture and protocols: RFC 4301, AH in RFC 4302, ESP in
              #      RFC 4303, key exchange with IKEv2 (RFC 7296). The choice for new work.
              #   2: the older set RFC 5406 itself was written about: RFC 2401, AH in RFC 2402,
              #      ESP in RFC 2406, key exchange with IKEv1 (RFC 2409). Choose it only when the
              #      profile must match equipment that implements that set.
              version: {{version}}

            # The cryptographic algorithms implementations must support.
            algorithms:
              # true: implementations follow the algorithm requirement documents, RFC 8221 for
              # ESP and AH and RFC 8247 for IKEv2, which the IETF revises as algorithms age; the
              # profile then needs no list of its own, as RFC 7696 (BCP 201) Section 2.2
              # recommends. The choice for a new draft. Write false only when the lists below
              # must be the whole story.
              companion: true
              # Algorithms every implementation MUST support in any case (optional): lists of
              # names from the IANA IKEv2 registry, which the site's descriptor reference lists.
              # Remove the leading # from the lines you need.
            #  esp:
            #    encryption: [ENCR_AES_GCM_16]    # ESP ciphers, e.g. ENCR_AES_CBC, ENCR_AES_GCM_16, ENCR_CHACHA20_POLY1305
            #    integrity: [AUTH_NONE]           # AUTH_NONE with AEAD ciphers only, else e.g. AUTH_HMAC_SHA2_256_128
            #  ah:
            #    integrity: [AUTH_HMAC_SHA2_256_128]  # AH integrity algorithms
            #  ike:
            #    encryption: [ENCR_AES_CBC]       # IKE SA ciphers
            #    prf: [PRF_HMAC_SHA2_256]         # IKE SA pseudorandom functions
            #    integrity: [AUTH_HMAC_SHA2_256_128]  # IKE SA integrity algorithms
            #    keyExchange: [14, 19]            # Diffie-Hellman group numbers of the IANA registry

            # The deployment context (optional). Each key switches on the guidance checks that
            # concern it; remove the leading # from the lines you need.
            #context:
            #  natLikely: false          # true: a NAT is likely between the peers (user-to-server traffic)
            #  multicast: false          # true: the protocol sends multicast or broadcast traffic
            #  endpoints:                # the devices that implement the profile, a list of: hosts, servers, routers, firewalls, embedded, nat-devices, mobile
            #  scale:                    # pairwise (fixed pairs of peers) or many-to-many
            #  multiUserHosts: false     # true: several users share one endpoint
            #  lowLevelProtocol: false   # true: the protocol runs before general IP connectivity exists
            #  tunneledIn: none          # none, l2tp or other: the traffic already travels inside another tunnel
            #  nestedIpsec: false        # true: endpoints may sit behind an IPsec VPN and need a second layer
            #  applicationNeedsPeerIdentity: false  # true: the application must learn who the peer is or what IPsec protected
            #  constrainedDevices: false # true: low-powered devices implement the profile
            #  concentrators: false      # true: some peers set up many SAs at once (firewalls, VoIP servers)

            # {{item.a}} (RFC 5406 Section 8 item a): which traffic IPsec protects, written from
            # the side of the peer that starts the conversation.
            selectors:
              # Which peer starts the conversation; in a client-server protocol, the client. Text.
              initiator:
              # The address the initiator uses for itself (optional). Text.
              local:
              # The address of the peer it connects to (optional). Text.
              remote:
              # The upper-layer protocol to protect: tcp, udp, sctp, icmp, any, or an IANA
              # protocol number from 0 to 255.
              transport:
              # The responder's ports, needed with tcp, udp or sctp: a list of numbers and "N-M"
              # ranges, e.g. [179] or [500, "4500-4510"], or the word any for every port.
              ports:
              # Anything else about the selectors (optional). Text.
              notes:

            # {{item.b}} (RFC 5406 Section 8 item b): which IPsec protocol, in which mode,
            # and what it must provide.
            protection:
              # The protocols implementations may use, a list of: esp, ah. E.g. [esp].
              protocols:
              # With both listed, the one every implementation must support: esp or ah.
              mandatoryToImplement:
              # true when AH and ESP are applied together to the same traffic, otherwise false
              # (optional; false when empty).
              combined:
              # transport (IPsec between the two communicating peers) or tunnel (a gateway
              # protects traffic for others).
              mode:
              # Must the traffic be encrypted? required, optional or none.
              confidentiality:
              # Integrity protection with ESP (optional): required (when empty) or none.
              integrity:
              # Protection against replayed packets (optional): required (when empty), optional
              # or none.
              replayProtection:
              # UDP encapsulation to cross NATs, RFC 3948 (optional): required, optional or
              # not-needed (when empty).
              natTraversal:

            # {{item.c}} (RFC 5406 Section 8 item c): how the keys are set up.
            keyManagement:
              # ike (automated key exchange, the usual choice), kink (Kerberos-based, where
              # Kerberos is already deployed) or manual (keys configured by hand).
              method:
              # With kink: true when the deployment already runs Kerberos, otherwise false.
              kerberosInfrastructure:
              # Anything else about key management (optional). Text.
              notes:

            # {{item.d}} (RFC 5406 Section 8 item d): the identities the peers present.
            identification:
              # A list of: ip-address, dns-name, user-fqdn (a DNS name with a user name, such as
              # alice@example.com), x500-dn (an X.500 distinguished name).
              types:
              # Anything else about identification (optional). Text.
              notes:

            # {{item.e}} (RFC 5406 Section 8 item e): servers that change to the user's ID after
            # the connection is set up, as login services do.
            userSwitching:
              # true when the server switches user IDs, false when it does not.
              applies:
              # When it does and peers are identified per user (user-fqdn or x500-dn): true when
              # a new SA is set up with a certificate for that user, false when not.
              newSaPerUser:
              # With newSaPerUser true: the point at which that SA is set up. Text.
              when:

            # {{item.f}} (RFC 5406 Section 8 item f): how the peers prove who they are.
            authentication:
              # A list of: certificates, pre-shared-secret, eap, kerberos. E.g. [certificates].
              methods:
              # With more than one method, the one every implementation must support:
              # certificates, pre-shared-secret, eap or kerberos.
              mandatoryToImplement:
              # With certificates among the methods:
              certificates:
                # Who issues them: locally-issued (by the operator), existing-pki (an
                # infrastructure already deployed) or global-pki (one shared by everyone).
                issuance:
                # What the certificate names: an address, an AS number, a host name (optional).
                # Text.
                identityBinding:
              # Anything else about authentication (optional). Text.
              notes:

            # {{item.g}} (RFC 5406 Section 8 item g): what an authenticated peer may do.
            authorization:
              # How a peer's requests are authorized: which peers may use which services or
              # resources, and on what grounds. Text.
              policy:

            # {{item.h}} (RFC 5406 Section 8 item h): the IKE variant and version. Needed once
            # keyManagement.method is ike; the check asks for it only then.
            ike:
              # ikev2 (RFC 7296) or ikev1 (RFC 2409). Write ikev2: IKEv1 is deprecated and has
              # been Historic since RFC 9395; choose it only to match equipment that runs
              # nothing newer. ikev2 goes with ipsec.version 3, ikev1 with 2.
              version:
              # With ikev1, the phase 1 modes implementations support, a list of: main,
              # aggressive.
              modes:

            # {{item.i}} (RFC 5406 Section 8 item i): whether the products that would run the
            # protocol can actually do IPsec this way.
            availability:
              # available, partial, unknown or unavailable.
              status:
              # Why: what was looked at, and what is still open. Text.
              assessment:
              # The products or platforms assessed (optional), a list of text.
              targets:

            # Extra paragraphs for the generated Security Considerations section (optional).
            #securityConsiderations:
            #  additional:
            #    - A paragraph of your own.

            # Guidance findings that do not fit this profile can be silenced, each with a reason of
            # at least 20 characters. The nine required items above cannot be silenced.
            #suppress:
            #  - rule: nat-traversal
            #    justification: The peers are routers on one backbone, with no NAT between them.
            """;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([\\w.]+)}}");

    private StarterDescriptor() {}

    /**
     * The starter descriptor for profile {@code id} of protocol {@code protocolName}.
     *
     * @throws IllegalArgumentException when the id breaks the rule for ids, the name is blank, or
     *                                  the version is not 2 or 3; the message says what to write
     */
    public static String text(String id, String protocolName, int ipsecVersion) {
        Optional<String> idProblem = DescriptorParser.idProblem(id);
        if (idProblem.isPresent()) {
            throw new IllegalArgumentException(idProblem.get());
        }
        if (protocolName == null || protocolName.isBlank()) {
            throw new IllegalArgumentException(
                    "the protocol name is missing; give the protocol the profile is for," + " e.g. BGP-4");
        }
        if (ipsecVersion != 2 && ipsecVersion != 3) {
            throw new IllegalArgumentException("ipsec.version " + ipsecVersion + " is not valid: write 3 (RFC 4301"
                    + " and IKEv2) or 2 (RFC 2401 and IKEv1)");
        }
        String name = protocolName.strip();
        Map<String, String> values = new HashMap<>(Map.of(
                "protocolComment",
                oneLine(name),
                "protocolName",
                doubleQuoted(name),
                "id",
                id,
                "version",
                Integer.toString(ipsecVersion)));
        for (RequiredItem item : RequiredItem.ALL) {
            values.put("item." + item.letter(), "Item " + item.letter() + ", " + item.title());
        }
        return PLACEHOLDER.matcher(TEMPLATE).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    /** The name as it can stand in a comment: control characters (line breaks among them) as spaces. */
    private static String oneLine(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().forEach(c -> text.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return text.toString();
    }

    /** A YAML double-quoted scalar holding exactly {@code value}. */
    static String doubleQuoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                case '\r' -> quoted.append("\\r");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        quoted.append(String.format(Locale.ROOT, "\\u%04X", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
