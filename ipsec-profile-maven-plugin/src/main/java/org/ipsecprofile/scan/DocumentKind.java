package org.ipsecprofile.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a draft is, read from its title ({@link DraftTitle}), as far as the draft scan cares: a
 * sentence that requires IPsec means "just use IPsec" only in a document that applies IPsec to a
 * protocol of its own. The rule, in English:
 *
 * <ul>
 * <li>{@link #SPECIFIES_IPSEC}: the title names IPsec, or one of its parts, as the thing the
 *     document specifies. The names are IPsec (any case), "IP Security", "Security Architecture
 *     for the Internet Protocol", ESP, "Encapsulating Security Payload", AH, "Authentication
 *     Header", IKE, IKEv1, IKEv2, "Internet Key Exchange" and ISAKMP (also spelled out). A name is the thing
 *     specified unless the title applies it to something else: the name is the object of
 *     "using", "use of", "with", "over", "via", "through" or "by" ("Securing X Using IPsec",
 *     "X Operation with IKEv2", "The Use of IPsec in X"; also as a later part of that object, "Using
 *     Home Agents and IKEv2"; but not when what stands before names a cryptographic algorithm, a
 *     cipher, MAC, hash, signature, transform or Diffie-Hellman group: "The X Cipher and Its Use
 *     with IPsec", "Using HMAC-SHA-256 with IPsec" specify IPsec), it is followed by "profile"
 *     (an IPsec profile applies IPsec to a protocol: "The X IPsec Profile"), or it is followed
 *     by "protection", "usage", "use", "requirements", "considerations", "applicability" or
 *     "deployment" and then "for" or "to" and a word that is not itself a name of IPsec ("IPsec
 *     Protection for X"). A name followed directly by "for" ("Wrapped ESP for Traffic
 *     Visibility", "Tunnel-mode IPsec for NAT Domains") or by "Support for" or "Configuration
 *     for" ("IKEv2 Support for Per-Resource SAs", as "RADIUS Support for EAP" extends RADIUS)
 *     names a variant or an extension of IPsec, not its use: of the titles of all published
 *     RFCs that name IPsec, every one of that shape specifies IPsec. So "Widget Encapsulation
 *     of IPsec ESP Frames", "The Use of Elliptic Ciphers in IPsec ESP", "Post-Quantum Algorithms
 *     for Use in IKEv2" and "IKEv2 Redirect and Resumption Protocol" specify IPsec; "Using IPsec to Protect
 *     X" does not. A draft of the IPsec working groups (a name that starts {@code
 *     draft-ietf-ipsecme-} or {@code draft-ietf-ipsec-}) specifies IPsec whatever its title.
 *     A title that opens with a name of IPsec (after "The", "A" or "An") that what follows it does
 *     not apply is about that name, whatever later names do: "ESP Extensions for X over IPsec".
 *     "across" and "behind" apply a name like "over" ("X Traversal across IPsec Gateways").
 *     IPComp ("IP Payload Compression"), a Domain of Interpretation (GDOI) and Better-Than-Nothing
 *     Security (BTNS, an unauthenticated mode of IPsec) count as names of IPsec machinery.</li>
 * <li>{@link #GUIDELINES}: the title says the document advises the authors of other documents
 *     or those who deploy or implement a protocol: it starts with "Guidelines", "Guidance" or
 *     "Advice" (after "The" or "Some"), has one of them as its head noun (at the end, or before
 *     "for", "on", "to", "of" or "and": "Author Guidelines for Widget Documents", "Operational
 *     Guidance on Widget Relays"), or addresses authors, writers or designers ("… for Protocol
 *     Designers"). Its requirements are advice, not requirements of a protocol.</li>
 * <li>{@link #DISCUSSION}: the title says the document specifies no protocol of its own but
 *     states a problem, evaluates or compares protocols, surveys them or defines terms: it holds
 *     "Problem Statement", "Evaluation(s)", "Evaluating", "Survey", "Gap Analysis", "Use Cases",
 *     "Glossary" or "Terminology", or
 *     starts with "Comparison of" (after "A" or "The"), and it does not also announce a design
 *     of its own ("Extensions", "Design", "Architecture", "Framework", "Solution(s)",
 *     "Mitigations", "Specification"). So "Widget Relays: Problem Statement", "Criteria for
 *     Evaluating Widget Protocols" and "Widget Protocol Evaluation" are discussions; "Widget
 *     Use Cases and Extensions" is not. What such a document requires of a protocol (one still to
 *     be designed, or another document's) is not its own protocol's mandate.</li>
 * <li>{@link #OTHER}: every other document, one whose title cannot be read, and one whose
 *     "title" ends with a full stop (a sentence, not a name).</li>
 * </ul>
 *
 * The scan reports mandates in {@link #OTHER} documents only.
 */
enum DocumentKind {
    SPECIFIES_IPSEC,
    GUIDELINES,
    DISCUSSION,
    OTHER;

    private static final Pattern NAME = Pattern.compile("\\b(?:ipsec|ip security|security architecture for the internet"
            + " protocol|esp|encapsulating security payload|ah|authentication header|ike(?:v[12])?|internet key"
            + " exchange(?: protocol)?(?: version [12])?|isakmp|better-than-nothing security|btns|internet security association and key management protocol|ipcomp|ip payload compression(?: protocol)?|(?:group )?domain"
            + " of interpretation|gdoi)\\b");

    private static final Pattern APPLIED_BEFORE =
            Pattern.compile("\\b(?:using|use of|with|over|via|through|by|across|behind)"
                    + "(?:(?:\\s+[\\w-]+){1,3}\\s+and)?(?:\\s+(?:the|an?|revised|version \\d))*\\s*$");

    /** A cryptographic algorithm, named as a kind or by a common name. */
    private static final Pattern ALGORITHM = Pattern.compile("\\b(?:algorithms?|ciphers?|cipher suites?|transforms?"
            + "|signatures?|prfs?|pseudo-?random functions?|macs?|checksums?|diffie-hellman|hmac[\\w-]*|aes[\\w-]*|3?des"
            + "|sha-?\\d*[\\w-]*|md5|camellia|seed|chacha20[\\w-]*|poly1305|gcm|ccm|gmac|ecdsa|rsa[\\w/-]*|dsa"
            + "|curve\\d+|ecp|modp|null encryption|counter modes?)\\b");

    private static final Pattern APPLIED_AFTER = Pattern.compile(
            "^(?:\\s*\\([^)]*\\))?(?:\\s+profiles?\\b()|\\s+"
                    + "(?:protection|usage|use|requirements|considerations|applicability|deployment)\\s+(?:for|to)\\s+(?:the\\s+)?(\\S+))");

    private static final Pattern GUIDANCE = Pattern.compile("^(?:(?:the|some)\\s+)?(?:guidelines|guidance|advice"
            + ")\\b|\\b(?:guidelines|guidance|advice)(?:$|\\s+(?:for|on|to|of|and)\\b)"
            + "|\\bfor\\s+(?:(?:protocol|specification|document)\\s+)?(?:authors|writers|designers)\\b");

    /** A document that states a problem, evaluates, compares or surveys: no protocol of its own. */
    private static final Pattern DISCUSSES = Pattern.compile(
            "\\b(?:problem\\s+statement|evaluations?|evaluating|surveys?"
                    + "|gap\\s+analysis|use\\s+cases|glossary|terminology)\\b|^(?:(?:an?|the)\\s+)?comparison\\s+of\\b");

    /** A title that announces a design of its own besides ("Use Cases and Extensions"). */
    private static final Pattern DESIGNS = Pattern.compile(
            "\\b(?:extensions?|design|architecture|framework|solutions?" + "|mitigations?|specification)\\b");

    private static final Pattern IPSEC_WORKING_GROUP = Pattern.compile("^draft-ietf-ipsec(?:me)?-.*");

    /** What may stand between names that are one name ("IPsec ESP", "IKEv1/ISAKMP, IKEv2", "IKEv2 and the revised IPsec"). */
    private static final String CONTINUES =
            "\\s*(?:\\([^)]*\\))?\\s*(?:[/,-]|,?\\s*and\\s+(?:the\\s+)?(?:revised\\s+)?)?\\s*";

    /** True when {@code rest}, what follows a name of IPsec in a title, applies it to something else. */
    private static boolean appliedAfter(String rest) {
        Matcher applied = APPLIED_AFTER.matcher(rest);
        return applied.find()
                && (applied.group(1) != null
                        || !NAME.matcher(rest.substring(applied.start(2))).lookingAt());
    }

    /** True when the scan reports the mandates of a document of this kind. */
    boolean reportsMandates() {
        return this == OTHER;
    }

    static DocumentKind of(DraftTitle draft) {
        if (IPSEC_WORKING_GROUP.matcher(draft.docName()).matches()) {
            return SPECIFIES_IPSEC;
        }
        String title = draft.lowerTitle().replaceAll("[\"'\u201C\u201D]", "");
        if (title.isEmpty() || title.endsWith(".")) {
            return OTHER;
        }
        if (GUIDANCE.matcher(title).find()) {
            return GUIDELINES;
        }
        if (DISCUSSES.matcher(title).find() && !DESIGNS.matcher(title).find()) {
            return DISCUSSION;
        }
        Matcher name = NAME.matcher(title);
        if (name.lookingAt()
                || name.find()
                        && name.start() > 0
                        && title.substring(0, name.start()).matches("(?:the|an?)\\s+")) {
            // A title that opens with a name of IPsec is about that name, unless what follows applies it.
            int end = name.end();
            while (name.find() && title.substring(end, name.start()).matches(CONTINUES)) {
                end = name.end();
            }
            if (!appliedAfter(title.substring(end))) {
                return SPECIFIES_IPSEC;
            }
        }
        name.reset();
        boolean named = false;
        int after = 0;
        while (name.find()) {
            named = true;
            // Names that follow one another ("IPsec ESP", "IKEv1/ISAKMP, IKEv2") are one name: what
            // stands before the first of them and after the last decides.
            int start = name.start();
            String between = title.substring(after, start);
            boolean continues = after > 0 && between.matches(CONTINUES);
            if (!continues && APPLIED_BEFORE.matcher(title.substring(0, start)).find()) {
                // An algorithm used with IPsec is IPsec machinery: "The X Cipher and Its Use with IPsec".
                return ALGORITHM.matcher(title.substring(0, start)).find() ? SPECIFIES_IPSEC : OTHER;
            }
            after = name.end();
            if (appliedAfter(title.substring(after))) {
                return OTHER;
            }
        }
        return named ? SPECIFIES_IPSEC : OTHER;
    }
}
