package org.ipsecprofile.render.content;

import java.util.ArrayList;
import java.util.List;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.model.AuthenticationMethod;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.IkeVersion;
import org.ipsecprofile.model.KeyManagementMethod;
import org.ipsecprofile.model.Profile;
import org.ipsecprofile.model.SecurityProtocol;

/** Words and sentence pieces both section writers use. */
final class Wording {

    private Wording() {}

    /** "a", "a and b", "a, b, and c". */
    static String joinAnd(List<String> parts) {
        return join(parts, "and");
    }

    /** "a", "a or b", "a, b, or c". */
    static String joinOr(List<String> parts) {
        return join(parts, "or");
    }

    private static String join(List<String> parts, String conjunction) {
        if (parts.size() <= 2) {
            return String.join(" " + conjunction + " ", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + ", " + conjunction + " "
                + parts.get(parts.size() - 1);
    }

    /** True when a descriptor text is present and not blank. */
    static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    /** The paragraphs of a descriptor text value: blank lines separate them (SPEC §3). */
    static List<String> paragraphsOf(String text) {
        List<String> paragraphs = new ArrayList<>();
        if (text == null) {
            return paragraphs;
        }
        for (String part : text.replace("\r\n", "\n").split("\n[ \t]*\n")) {
            String stripped = part.strip();
            if (!stripped.isEmpty()) {
                paragraphs.add(stripped);
            }
        }
        return paragraphs;
    }

    /** Paragraphs of text written by the author, verbatim. */
    static List<Block> authorParagraphs(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String paragraph : paragraphsOf(text)) {
            blocks.add(Paragraph.of(new Text(paragraph)));
        }
        return blocks;
    }

    /**
     * Author text introduced by a label ("Initiator: ..."): the first paragraph carries the label;
     * a period closes a value that does not end a sentence itself.
     */
    static List<Block> labelled(String label, String text) {
        List<String> paragraphs = paragraphsOf(text);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = closed(paragraphs.get(i));
            blocks.add(Paragraph.of(new Text(i == 0 ? label + ": " + paragraph : paragraph)));
        }
        return blocks;
    }

    /** The text with a full stop added when it does not end with sentence punctuation. */
    static String closed(String text) {
        String stripped = text.strip();
        char last = stripped.isEmpty() ? '.' : stripped.charAt(stripped.length() - 1);
        return last == '.' || last == '!' || last == '?' ? stripped : stripped + ".";
    }

    /** The sentence a profile gets for an item it leaves open. */
    static Paragraph notYetSpecified(String what) {
        return Paragraph.of(new Text("This profile does not yet specify " + what + "."));
    }

    static String protocolName(SecurityProtocol protocol) {
        return protocol == SecurityProtocol.ESP ? "ESP" : "AH";
    }

    static String anchorOf(SecurityProtocol protocol, int ipsecVersion) {
        if (protocol == SecurityProtocol.ESP) {
            return ipsecVersion == 2 ? "RFC2406" : "RFC4303";
        }
        return ipsecVersion == 2 ? "RFC2402" : "RFC4302";
    }

    static String architectureAnchor(int ipsecVersion) {
        return ipsecVersion == 2 ? "RFC2401" : "RFC4301";
    }

    static String ikeAnchor(IkeVersion version) {
        return version == IkeVersion.IKEV1 ? "RFC2409" : "RFC7296";
    }

    static String ikeName(IkeVersion version) {
        return version == IkeVersion.IKEV1 ? "IKEv1" : "IKEv2";
    }

    static String methodName(AuthenticationMethod method) {
        return switch (method) {
            case CERTIFICATES -> "certificates";
            case PRE_SHARED_SECRET -> "pre-shared secrets";
            case EAP -> "EAP";
            case KERBEROS -> "Kerberos";
        };
    }

    static String identityName(IdentityType type) {
        return switch (type) {
            case IP_ADDRESS -> "IP address";
            case DNS_NAME -> "DNS name";
            case USER_FQDN -> "DNS name with a user name";
            case X500_DN -> "X.500 distinguished name";
        };
    }

    /** The identification payload types of IKE that carry an identity of this type. */
    static String identityPayload(IdentityType type, IkeVersion version) {
        return switch (type) {
            case IP_ADDRESS -> "ID_IPV4_ADDR or ID_IPV6_ADDR";
            case DNS_NAME -> "ID_FQDN";
            case USER_FQDN -> version == IkeVersion.IKEV1 ? "ID_USER_FQDN" : "ID_RFC822_ADDR";
            case X500_DN -> "ID_DER_ASN1_DN";
        };
    }

    static String endpointName(EndpointKind kind) {
        return switch (kind) {
            case HOSTS -> "hosts";
            case SERVERS -> "servers";
            case ROUTERS -> "routers";
            case FIREWALLS -> "firewalls";
            case EMBEDDED -> "embedded devices";
            case NAT_DEVICES -> "NAT devices";
            case MOBILE -> "mobile devices";
        };
    }

    /** True for key management that refreshes keys and so permits anti-replay protection. */
    static boolean automated(KeyManagementMethod method) {
        return method == KeyManagementMethod.IKE || method == KeyManagementMethod.KINK;
    }

    /** True when a finding of this rule concerns this profile and is not suppressed. */
    static boolean reports(List<Finding> findings, Profile profile, String rule) {
        for (Finding finding : findings) {
            if (!finding.suppressed()
                    && rule.equals(finding.rule())
                    && profile.id().equals(finding.profile())) {
                return true;
            }
        }
        return false;
    }

    /** The title of a profile's section, which the security section also shows. */
    static String sectionTitle(Profile profile) {
        return "IPsec Profile for " + protocolName(profile);
    }

    /** The protocol's name as the descriptor gives it (the id when it has none). */
    static String protocolName(Profile profile) {
        String name = profile.protocol() == null ? null : profile.protocol().name();
        return given(name) ? name.strip() : profile.id();
    }

    static String sectionAnchor(Profile profile) {
        return "ipsec-profile-" + profile.id();
    }
}
