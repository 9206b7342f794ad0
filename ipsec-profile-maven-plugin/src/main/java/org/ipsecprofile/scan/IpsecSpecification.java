package org.ipsecprofile.scan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.scan.RequirementWords.Force;
import org.ipsecprofile.scan.RequirementWords.Keyword;

/**
 * Whether a sentence specifies IPsec rather than asks for it, a reading of {@link MandatePolicy}.
 * IPsec machinery is not a mandate to use IPsec: no mandate in a sentence that names the SPD, the
 * SAD, an SPI, an ICV, KEYMAT, a MODP or Diffie-Hellman group, an upper-case IPsec identifier with
 * an underscore (ENCR_…, AUTH_…, PROTO_IPSEC_ESP, ESP_TRANSFORM, IKE_SA_INIT, CREATE_CHILD_SA),
 * INFORMATIONAL, the anti-replay service, sequence numbers, the Next Header field, manual keying,
 * rekeying, proposals, cookies, Notify, NAT traversal (NAT-T) or UDP encapsulation, within the
 * stretch of the sentence between semicolons that holds the mandate ("SHOULD be secured with ESP;
 * manual keying MUST NOT be used" asks for ESP); no mandate either when a term names an
 * implementation, client, stack, packet, header, payload, field, data, processing, process, syntax,
 * check, message, exchange, peer, initiator, responder, solution, scheme, gateway, negotiation,
 * key, attribute, parameter or calculation of IPsec ("IPsec implementations MUST", "A host
 * implementation of IPsec MUST", "the IKE data MUST", "the ESP header", "an IPsec-NAT
 * compatibility solution"; not a noun joined by "and" or "or", "IPsec authentication and data
 * integrity"; a part after a citation of the term, "IPsec [RFC4301] processing", is one), or nodes
 * "implementing" or "supporting" IPsec ("nodes implementing the IPsec Architecture"), or
 * implementations "that claim conformance with" it; "MUST contain an implementation of IPsec",
 * "The implementation of IPsec is required" and "packets MUST carry an AH header" ask for IPsec.
 * Nor when the sentence tells history or a rejected design ("was considered", "rejected", "out of
 * scope", "earlier versions", "in the future", …).
 */
final class IpsecSpecification {

    private IpsecSpecification() {}

    private static final Pattern DISCUSSION = Pattern.compile("(?<!be )(?<!ly )\\b(?:rejected|discarded|was considered"
            + "|were considered|considered but|out of scope|outside the scope|beyond the scope"
            + "|(?:earlier|previous|prior|older) versions?|historically|used to be|was proposed|were proposed"
            + "|has been proposed|was suggested|has been suggested|no longer|abandoned|in the future"
            + "|future (?:versions?|updates?|revisions?))\\b");

    /** What IPsec's own specifications govern: a sentence naming it specifies IPsec, it does not ask for it. */
    private static final Pattern MACHINERY = Pattern.compile("\\b(?:SPD|SAD|SPIs?|ICV|KEYMAT|MODP|NAT-T"
            + "|(?:[A-Z0-9]+_)+(?:IPSEC|ESP|AH|IKE|SA)(?:_[A-Z0-9]+)*"
            + "|(?:IPSEC|ESP|AH|IKE|ENCR|AUTH|PRF|INTEG|TRANSFORM)(?:_[A-Z0-9]+)+|INFORMATIONAL"
            + "|(?i:Diffie-Hellman|DH)\\s+groups?"
            + "|(?i:security\\s+policy\\s+database|security\\s+association\\s+database|anti-replay|next\\s+header"
            + "|sequence[\\s-]+numbers?|manual\\s+keying|re-?\\s?key(?:s|ed|ing)?|proposals?|cookies?|notify"
            + "|NAT[\\s-]+traversal|UDP\\s+encapsulat\\w*|peer\\s+authorization\\s+database)"
            + "|PAD|SA\\s+bundles?|[Pp]hase\\s*[12]\\s+(?:\\(|(?!security\\b)[a-z]+))\\b");

    /** After a term: it names a part or an implementation of IPsec ("IPsec implementations", "the ESP header"). */
    private static final Pattern PART_AFTER = Pattern.compile(
            "^(?:-\\w+)?\\]?\\s+(?:\\([^()]{1,30}\\)\\s+)?(?:(?!(?:for|of|to|in|by|with|on|from|between|using|via|at|and|or)\\s)[\\w/-]+\\s+){0,3}?"
                    + "(?:implementations?"
                    + "|implementers?|clients?|stacks?|packets?|headers?|payloads?|data|fields?|processing|process|processes|syntax|checks?|messages?"
                    + "|exchanges?|peers?|initiators?|responders?|solutions?|schemes?|gateways?|negotiations?"
                    + "|negotiators?|keys?|attributes?|parameters?|calculations?|computations?)\\b");

    /** Before a term: "A host implementation of IPsec", "nodes implementing the IPsec Architecture". */
    private static final Pattern PART_BEFORE = Pattern.compile("(?:\\b(?:implementations?|implementers?|clients?)\\s+of"
            + "|\\bimplementations?\\s+(?:that|which)\\s+(?:claim|conform|compl|support|implement)[^,;]{0,50}"
            + "|(?<!\\bby\\s)\\b(?:implementing|supporting))\\s+(?:(?:the|an?)\\s+)?(?:[\\w-]+\\s+)?$");

    /** Between a keyword and a part of IPsec: a requirement to have it ("MUST carry an", "must have the"). */
    private static final Pattern HAVE =
            Pattern.compile("\\s+(?:\\w+ly\\s+)?(?:have|carry|contain|include|bear)\\s+(?:(?:an?|the)\\s+)?");

    /**
     * True when the sentence, which would otherwise make a mandate, tells history ({@link
     * #discussed}), names IPsec machinery ({@link #MACHINERY}) or names a part or an
     * implementation of IPsec ({@link #part}). Asked last, as few sentences get that far.
     */
    static boolean specifiesIpsec(
            String sentence, String lower, List<int[]> terms, List<Keyword> keywords, Keyword k, int[] term) {
        if (sentence.indexOf(';') < 0) {
            return specifiesIpsec(sentence, lower, terms, keywords);
        }
        // "… SHOULD be secured with ESP; manual keying MUST NOT be used": machinery named in another
        // stretch between semicolons is a requirement of its own.
        int from = sentence.lastIndexOf(';', Math.min(k.start(), term[0])) + 1;
        int semicolon = sentence.indexOf(';', Math.max(k.end(), term[1]));
        int to = semicolon < 0 ? sentence.length() : semicolon;
        return discussed(lower)
                || mayNameMachinery(lower)
                        && MACHINERY.matcher(sentence).region(from, to).find()
                || anyPart(sentence, lower, terms, keywords);
    }

    static boolean specifiesIpsec(String sentence, String lower, List<int[]> terms, List<Keyword> keywords) {
        return discussed(lower)
                || mayNameMachinery(lower) && MACHINERY.matcher(sentence).find()
                || anyPart(sentence, lower, terms, keywords);
    }

    /** True when any term of the sentence names a part or an implementation of IPsec ({@link #part}). */
    private static boolean anyPart(String sentence, String lower, List<int[]> terms, List<Keyword> keywords) {
        for (int[] term : terms) {
            if (part(sentence, lower, term, keywords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the term names a part or an implementation of IPsec rather than IPsec ("IPsec
     * implementations", "the ESP header", "nodes implementing IPsec"): the sentence then specifies
     * IPsec or holds only where IPsec is already in use. "MUST contain an implementation of IPsec"
     * after its keyword asks for IPsec.
     */
    private static boolean part(String sentence, String lower, int[] term, List<Keyword> keywords) {
        if (PART_AFTER
                .matcher(sentence)
                .region(term[1], Math.min(sentence.length(), term[1] + 60))
                .lookingAt()) {
            // "Packets MUST carry an AH header": the part is what the protocol's packets must have.
            return keywords.stream()
                    .noneMatch(k -> k.force() == Force.MANDATE
                            && k.end() <= term[0]
                            && HAVE.matcher(lower).region(k.end(), term[0]).matches());
        }
        String before = lower.substring(Math.max(0, term[0] - 80), term[0]);
        if (!before.contains("implement") && !before.contains("client") && !before.contains("supporting")) {
            return false;
        }
        Matcher m = PART_BEFORE.matcher(before);
        if (!m.find()) {
            return false;
        }
        boolean subject = keywords.stream().noneMatch(k -> k.force() != Force.PERMISSION && k.end() <= term[0]);
        if (!before.substring(m.start()).startsWith("implementation")) {
            return true;
        }
        // "A host implementation of IPsec MUST support …" specifies IPsec; "MUST contain an
        // implementation of IPsec" and "The implementation of IPsec is required" ask for it.
        Keyword next =
                keywords.stream().filter(k -> k.start() >= term[1]).findFirst().orElse(null);
        return subject
                && next != null
                && RequirementWords.MODAL.matcher(next.word()).matches();
    }

    private static final String[] MACHINERY_CUES = {
        "_",
        "spd",
        "sad",
        "spi",
        "icv",
        "key",
        "modp",
        "nat",
        "informational",
        "database",
        "replay",
        "header",
        "sequence",
        "proposal",
        "cookie",
        "notify",
        "encapsulat",
        "pad",
        "peer auth",
        "bundle",
        "phase",
        "diffie",
        "dh group"
    };

    /** A cheap test before {@link #MACHINERY}: could the lower-cased sentence hold one of its words at all? */
    private static boolean mayNameMachinery(String lower) {
        for (String cue : MACHINERY_CUES) {
            if (lower.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence tells history or a rejected design rather than a requirement. */
    static boolean discussed(String lower) {
        return DISCUSSION.matcher(lower).find();
    }

    static final Pattern SA_AFTER = Pattern.compile("^\\s+(?:sas?|security\\s+associations?)\\b");

    /** Between a keyword and an SA it asks for: a verb of setting up or using, and no "the" ("MUST establish an"). */
    private static final Pattern SETS_UP =
            Pattern.compile("\\s+(?:(?:also|always|\\w+ly)\\s+)*(?:use|establish|set\\s+up|initiate"
                    + "|create|negotiate|have|configure|be\\s+(?:configured|provisioned|set\\s+up)\\s+with)\\s+"
                    + "(?:(?!the\\b)[\\w-]+,?\\s+){0,4}");

    /**
     * True when the requirement is that the protocol set up or use an IPsec security association
     * of its own ("each node SHALL be configured with a transport mode IPsec SA", "MUST establish
     * an ESP SA"): a mandate, which the SA's description (its SPI, SPD entry, keys) does not turn
     * into machinery. "the IPsec SAs" are SAs in place.
     */
    static boolean setsUpSa(String lower, Keyword k, int[] term) {
        return k.end() <= term[0]
                && SA_AFTER.matcher(lower).region(term[1], lower.length()).lookingAt()
                && SETS_UP.matcher(lower).region(k.end(), term[0]).matches();
    }
}
