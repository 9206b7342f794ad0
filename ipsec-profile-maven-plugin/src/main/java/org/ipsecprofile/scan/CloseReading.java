package org.ipsecprofile.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.scan.RequirementWords.Keyword;

/**
 * The closer reading of a sentence that would be flagged, a reading of {@link MandatePolicy}
 * (no other sentence is read this way): {@link #doubted} reads the pair of keyword and term. An IKE
 * phase or SA bundle as subject, with a noun after it, or in a condition, and the PAD, are
 * machinery ("protected by an IKE Phase 2 SA" stays a mandate); "the IPsec SAs" are SAs in place
 * (unless the requirement is to be protected by them); "for IKE to negotiate", "cause IKE to set up"
 * make the term an agent ("for IPsec to be used" does not); a passive requirement on another
 * subject with the term after "with" or "for" and a verb that neither protects nor manages keys
 * ("enabled with IKE"; "negotiated with IKEv2" and "used with IPsec" ask for it); "X SHOULD exist
 * between Y and IPsec"; a requirement to allow or permit the term; a field "set to" a value the
 * term names ("MUST be set to 1 (IPsec)"); a term in a parenthesis opened by "e.g." or
 * abbreviating an example; a term in a list of example mechanisms ("(TLS, IPsec, etc.)",
 * "(DTLS, IPsec)"); a requirement on what a document shows or says ("MUST be explicitly shown",
 * "SHOULD be documented", "MUST describe"); a requirement that places something before or after
 * the term ("SHOULD be placed before the AH header"); what is required "in order to use" the term;
 * a citation in the parenthesis after a term set aside or given as an example ("such as IPsec
 * (RFC 4301 [4], RFC 4303 [5])"); and a plain-English word that is hypothetical ("would be required"), in
 * a clause of condition, time or reason, in an indirect question ("how … should be used", "which
 * ciphers should"), in a wish ("it is desirable that"), or in a relative clause whose noun is not
 * the term.
 */
final class CloseReading {

    private CloseReading() {}

    /** After the keyword: a field set to a value ("MUST be set to 1 (IPsec)"), the term naming the value. */
    private static final Pattern SET_TO = Pattern.compile("^\\s+(?:\\w+ly\\s+)?be\\s+set\\s+(?:to|as)\\b");

    private static final Pattern EXAMPLE_OPENING = Pattern.compile("\\s*(?:" + MandatePolicy.EXAMPLE_WORDS + ")");

    /** The term as the agent of an action: "for IKE to negotiate", "cause IKE to set up". */
    private static final Pattern AGENT_BEFORE =
            Pattern.compile("\\b(?:for|caus(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|let|lets"
                    + "|allow(?:s|ed|ing)?|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|instruct(?:s|ed|ing)?|prompt(?:s|ed|ing)?)"
                    + "\\s+(?:the\\s+)?$");

    private static final Pattern AGENT_AFTER = Pattern.compile("^\\s+to\\s+(?!be\\b)[a-z]");

    /** After the keyword: a passive requirement on another subject, with the term after "with" or "for". */
    private static final Pattern PASSIVE_OTHER = Pattern.compile(
            "^\\s+(?:(?:also|always|then|thus|therefore|only|still)\\s+)*"
                    + "be\\s+(?:\\w+ly\\s+)?(?!(?:protected|secured|authenticated|encrypted|provided|carried|transported|sent"
                    + "|tunnell?ed|encapsulated|covered|integrity|achieved|ensured|offered|afforded|implemented|supported"
                    + "|accomplished|performed|obtained|applied|negotiated|established|exchanged|managed|distributed|agreed)\\b)"
                    + "(?!(?:used|run|deployed|operated|combined|paired|coupled)\\s+with\\b)\\w+(?:\\s+(?:on|off|up|out))?\\s+(?:with|for)\\b(?:\\W+\\w+){0,3}\\W*$");

    /** After the keyword: a requirement to let the term be ("MUST allow IPsec tunnels to be set up"), not to use it. */
    private static final Pattern ALLOW =
            Pattern.compile("^\\s+(?:\\w+ly\\s+)?(?:allow|permit)(?:\\s+for)?\\b(?!\\s+only\\b)");

    /**
     * After a keyword of which the term is the subject: its being let through or made possible
     * ("ESP traffic MUST be allowed", "sessions over IPsec MUST be possible").
     */
    private static final Pattern ALLOWED = Pattern.compile(
            "\\s+(?:(?:also|always|\\w+ly)\\s+)*be\\s+(?:\\w+ly\\s+)?(?:allowed|permitted|possible)\\b");

    /** After a keyword with the term in its subject: doing without it ("SHOULD be avoided", "MUST be torn down"). */
    private static final Pattern AVOIDED =
            Pattern.compile("\\s+(?:(?:also|always|then|thus|\\w+ly)\\s+)*be\\s+(?:\\w+ly\\s+)?"
                    + "(?:avoided|disabled|deprecated|discouraged|removed|replaced|torn\\s+down|deleted|turned\\s+off|bypassed"
                    + "|dropped|discarded|rejected|ignored)\\b");

    /** After the keyword, before the term: doing without it ("SHOULD avoid", "MUST tear down the"). */
    private static final Pattern AVOID =
            Pattern.compile("^\\s+(?:\\w+ly\\s+)?(?:avoid|disable|deprecate|remove|replace|tear\\s+down"
                    + "|delete|turn\\s+off|bypass)\\b(?:\\W+\\w+){0,4}?\\W*$");

    /** Between a keyword and its term: something else to use or keep "for" the term ("use filter records for"). */
    private static final Pattern OBJECT_FOR = Pattern.compile(
            "\\s+(?:\\w+ly\\s+)?(?:use|keep|maintain|create|store|record|track)\\s+"
                    + "(?!(?:support|protection|security)\\b)(?:[\\w-]+\\s+){0,3}(?!modes?\\s)[\\w-]+\\s+for\\s+(?:the\\s+)?");

    /** Before a term, after its keyword: a relative clause holding it ("… on packets that carry"). */
    private static final Pattern RELATIVE_BEFORE_TERM =
            Pattern.compile("\\b(?:that|which)\\s+(?:(?:do|does|not|also)\\s+)*[a-z]+\\s+(?:(?:an?|the)\\s+)?$");

    /** After the keyword: a requirement that something exist. */
    private static final Pattern EXIST = Pattern.compile("^\\s+(?:\\w+ly\\s+)?exist\\b");

    /** Before a term: the definite article of something already in place ("the IPsec SAs", "the old IKE SA"). */
    private static final Pattern IN_PLACE_BEFORE = Pattern.compile("\\bthe\\s+(?:[a-z]+\\s+)?$");

    /** Between a keyword and the SAs it names: a requirement to be protected by them ("MUST be protected by the IPsec SA"). */
    private static final Pattern PROTECTED =
            Pattern.compile("\\b(?:protected|secured|authenticated|encrypted|covered)\\b");

    /** Between a term and its keyword: an IKE phase as the subject ("IKE Phase 1 MUST be completed"). */
    private static final Pattern PHASE_AFTER = Pattern.compile("^\\s+phase\\s*[12]\\b");

    private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:would|could|might)\\s+$");

    /** A clause of condition, time or reason. */
    private static final Pattern SUBORDINATE =
            Pattern.compile("\\b(?:if|when|whenever|while|because|since|although|though|once|whereas|given that)\\b");

    /** An indirect question or a wish. */
    private static final Pattern INDIRECT = Pattern.compile(
            "\\b(?:how|whether|what|(?<!\\b(?:of|in|by|to|for|on|with)\\s)which\\s+\\w+|desirable|preferable)\\b");

    /**
     * After a keyword: a requirement on what a document or description shows or says ("MUST be
     * explicitly shown", "SHOULD be documented", "MUST describe"), not on traffic.
     */
    private static final Pattern DOCUMENTED = Pattern.compile(
            "^\\s+(?:(?:also|always|then|thus|therefore|\\w+ly)\\s+)*"
                    + "(?:be\\s+(?:\\w+ly\\s+)?(?:shown|described|documented|stated|explained|discussed|listed|mentioned"
                    + "|specified|noted|indicated|demonstrated|justified|illustrated)"
                    + "|(?:show|describe|document|explain|discuss|list|mention|specify|indicate|demonstrate|justify|illustrate))\\b");

    /** After a keyword: a verb of placing ("SHOULD be placed", "MUST be inserted", "MUST precede"). */
    private static final Pattern PLACED = Pattern.compile("^\\s+(?:(?:also|always|\\w+ly)\\s+)*"
            + "(?:be\\s+(?:\\w+ly\\s+)?(?:placed|inserted|positioned|located|put|added|appended|prepended|ordered)"
            + "|appear|come|go|precede|be\\s+(?:the\\s+)?(?:first|last))\\b");

    /** Between a verb of placing and a term: where it is placed ("before the", "after any", "in front of"). */
    private static final Pattern POSITION = Pattern.compile(
            "\\b(?:before|after|ahead\\s+of|in\\s+front\\s+of|behind|preceding|following|inside|outside|within|between)\\b");

    /** After a place: a verb that asks to protect or use, which a place does not set aside ("and protected by"). */
    private static final Pattern PROTECTS = Pattern.compile(
            "\\b(?:protect\\w*|secur\\w*|encrypt\\w*|authenticat\\w*|us(?:e|ed|es|ing)|support\\w*|implement\\w*)\\b");

    /** In a list that holds the term: it ends open ("(TLS, IPsec, etc.)"). */
    private static final Pattern OPEN_LIST = Pattern.compile(",\\s*(?:etc\\b|and\\s+so\\s+on\\b|and\\s+others\\b)");

    /** One item of a list of names: a capitalised name of up to three words, a citation aside. */
    private static final Pattern NAME_ITEM = Pattern.compile(
            "\\s*(?:(?:and|or|and/or)\\s+)?(?!(?:RFC|Sections?|Appendix|Figure|Table|Page)\\b)[A-Z][\\w./-]*(?:\\s+[\\w./-]+){0,2}(?:\\s*\\[[^\\[\\]]{1,20}\\])?\\s*");

    /** The citations that stand before a term in a parenthesis of citations ("(RFC 2401 [3], "). */
    private static final Pattern CITATIONS = Pattern.compile(
            "(?:\\s*(?:RFC\\s?\\d+|\\[[^\\[\\]]{1,20}\\])\\s*(?:\\[[^\\[\\]]{1,20}\\])?\\s*(?:,|and)?\\s*)*");

    /** After a keyword: a purpose in which the term stands ("is required in order to use IPsec"). */
    private static final Pattern IN_ORDER_TO = Pattern.compile("^\\s+in\\s+order\\s+(?:for\\s+\\S+\\s+)?to\\b");

    /** A relative clause: "that must be supported", "that are mandatory". */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:that|which)\\s+$");

    /**
     * The closer reading of a pair of mandate and term that would be flagged, true when the
     * sentence does not ask for IPsec after all:
     *
     * <ul>
     * <li>the term stands in a parenthesis that opens with an example ("(e.g., … IKE)"), or
     *     abbreviates a term set aside or given as an example ("such as the Internet Key Exchange
     *     (IKE)");</li>
     * <li>the term is one item of a list of example mechanisms: a parenthesis of names that ends
     *     open ("appropriate mechanisms (TLS, IPsec, etc.)") or that names something besides
     *     IPsec ("a secure transport (DTLS, IPsec)"), or a list that goes on with "etc." after the
     *     term ("TLS, IPsec, etc."); "(ESP, AH)" lists IPsec's own parts and stays;</li>
     * <li>the requirement is on what a document or description shows or says ("Support for ESP
     *     MUST be explicitly shown", "SHOULD be documented", "MUST describe how IPsec …");</li>
     * <li>the requirement places something relative to the term ("The option SHOULD be placed
     *     before the AH header", "MUST precede any ESP header"), unless a verb of protecting or
     *     using follows the place ("inserted after the IPv6 header and protected by ESP");</li>
     * <li>the term is the agent of an action: "for IKE to negotiate", "cause IKE to set up";</li>
     * <li>the requirement is on another subject, passive, with the term only after "with" or
     *     "for" and a verb that neither protects nor manages keys ("X SHOULD be enabled with IKE",
     *     "X must be used for carrying IKE"; "used with IPsec" asks for it);</li>
     * <li>the requirement is that something exist ("X SHOULD exist between Y and IPsec"), or that
     *     a field be set to a value the term names ("MUST be set to 1 (IPsec)");</li>
     * <li>the requirement is to allow or permit the term, not to use it ("MUST allow IKEv2 and ESP
     *     packets to pass", "ESP traffic MUST be permitted"), or that what holds the term in the
     *     subject be possible ("sessions carried over IPsec MUST be possible");</li>
     * <li>the term names security associations or an IKE phase already in place ("updating the
     *     IPsec SAs", "the IKE SA", "IKE Phase 1 MUST be completed", "Phase 1 SHOULD be invoked to
     *     create IKE secrets"; "MUST be protected by the IPsec SAs" asks for IPsec);</li>
     * <li>a plain-English requirement word is hypothetical ("would be required"), stands in a
     *     clause of condition, time or reason ("if … is required", "when … is required",
     *     "because … is required", "given that"), in an indirect question ("discusses how … should
     *     be used", "which algorithms should be used"), in a wish ("it is desirable that"), or in
     *     a relative clause whose noun is not the term ("algorithms that are mandatory … of
     *     IKEv2").</li>
     * </ul>
     */
    static boolean doubted(String sentence, String lower, Keyword k, int[] term, boolean subject) {
        String before = lower.substring(Math.max(0, term[0] - Clauses.WINDOW), term[0]);
        String after = lower.substring(term[1], Math.min(lower.length(), term[1] + 40));
        String wide = lower.substring(Math.max(0, term[0] - 2 * Clauses.WINDOW), term[0]);
        int open = Alternatives.openParenthesis(wide);
        if (open >= 0 && EXAMPLE_OPENING.matcher(wide.substring(open + 1)).lookingAt()) {
            return true;
        }
        if (inListOfExamples(sentence, term)) {
            return true;
        }
        if (DOCUMENTED.matcher(lower).region(k.end(), lower.length()).lookingAt()) {
            // "Support for IPsec MUST be explicitly shown": a requirement on what a document says.
            return true;
        }
        int previous = IpsecTerms.abbreviated(sentence, term[0]);
        int opened = Math.max(0, term[0] - 2 * Clauses.WINDOW) + open;
        if (previous < 0
                && open >= 0
                && CITATIONS.matcher(sentence.substring(opened + 1, term[0])).matches()) {
            // "such as IPsec (RFC 2401 [3], RFC 2406 [4])": a citation in the parenthesis after a term stands for it.
            previous = IpsecTerms.abbreviated(sentence, opened + 1);
        }
        if (previous >= 0) {
            String outer = lower.substring(Math.max(0, previous - Clauses.WINDOW), previous);
            if (MandatePolicy.SET_ASIDE.matcher(outer).find()
                    || MandatePolicy.EXAMPLE.matcher(outer).find()) {
                return true;
            }
        }
        String between = subject ? lower.substring(term[1], k.start()) : lower.substring(k.end(), term[0]);
        if (AGENT_BEFORE.matcher(before).find() && AGENT_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        if (!subject && PASSIVE_OTHER.matcher(between).lookingAt() && !IpsecSpecification.setsUpSa(lower, k, term)) {
            return true;
        }
        if (!subject
                && OBJECT_FOR
                        .matcher(lower.substring(k.end(), previous >= 0 && previous > k.end() ? previous : term[0]))
                        .matches()) {
            // "SHOULD use filter state records for ESP": the requirement is about the records.
            return true;
        }
        if (!subject
                && RELATIVE_BEFORE_TERM.matcher(between).find()
                && !Refusals.REFUSAL.matcher(between).find()
                && !RequirementWords.PLAIN_USE
                        .matcher(lower)
                        .region(k.end(), lower.length())
                        .lookingAt()) {
            // "SHOULD set the DF bit on packets that carry ESP": the requirement is on the packets' bit.
            return true;
        }
        if (!subject && IN_ORDER_TO.matcher(between).lookingAt()) {
            // "That information is required in order to use IPsec tunnel mode": what is required is the subject.
            return true;
        }
        if (!subject && placedBy(between)) {
            // "The option SHOULD be placed before the ESP header": the term marks a place.
            return true;
        }
        if (!subject && EXIST.matcher(between).lookingAt()) {
            return true;
        }
        if (!subject && SET_TO.matcher(between).lookingAt()) {
            return true;
        }
        if (subject
                ? AVOIDED.matcher(lower).region(k.end(), lower.length()).lookingAt()
                : AVOID.matcher(between).lookingAt()) {
            // "IPsec tunnels SHOULD be avoided", "MUST tear down the IPsec SAs": the opposite of asking for IPsec.
            return true;
        }
        if (subject
                ? ALLOWED.matcher(lower).region(k.end(), lower.length()).lookingAt()
                : ALLOW.matcher(between).lookingAt()) {
            return true;
        }
        if (IN_PLACE_BEFORE.matcher(before).find()
                && IpsecSpecification.SA_AFTER.matcher(after).lookingAt()
                && !(!subject && PROTECTED.matcher(between).find())) {
            return true;
        }
        if (subject && PHASE_AFTER.matcher(between).lookingAt()) {
            return true;
        }
        if (!k.bcp14()) {
            String clause = lower.substring(Clauses.clauseStart(lower, k.start()), k.start());
            if (HYPOTHETICAL.matcher(clause).find()
                    || SUBORDINATE.matcher(clause).find()
                    || INDIRECT.matcher(clause).find()) {
                return true;
            }
            Matcher relative = RELATIVE.matcher(clause);
            if (relative.find()) {
                int that = Clauses.clauseStart(lower, k.start()) + relative.start();
                return !subject || Clauses.words(lower, term[1], that) > 1;
            }
        }
        return false;
    }

    /**
     * True when the requirement places something relative to the term ("SHOULD be placed before
     * the AH header", "MUST precede any ESP header"): a verb of placing, then a position word (or
     * "precede" itself), and no verb of protecting or using after it.
     */
    private static boolean placedBy(String between) {
        if (!PLACED.matcher(between).lookingAt()) {
            return false;
        }
        Matcher position = POSITION.matcher(between);
        int at = -1;
        while (position.find()) {
            at = position.end();
        }
        if (at < 0 && between.contains("precede")) {
            at = 0;
        }
        return at >= 0
                && !PROTECTS.matcher(between).region(at, between.length()).find();
    }

    /**
     * True when the term is one item of a list of examples: in a parenthesis that lists names and
     * ends open ("appropriate mechanisms (TLS, IPsec, etc.)"), or that lists only names, one of
     * them not IPsec's ("secure transports (TLS, IPsec)"); or, outside a parenthesis, one of a
     * list of names that goes on with "etc." after the term ("TLS, IPsec, etc."). A parenthesis of
     * IPsec's own parts ("(ESP, AH)") is not a list of examples.
     */
    static boolean inListOfExamples(String sentence, int[] term) {
        int from = Math.max(0, term[0] - 2 * Clauses.WINDOW);
        int open = Alternatives.openParenthesis(sentence.substring(from, term[0]));
        int close = sentence.indexOf(')', term[1]);
        if (open >= 0 && close >= 0) {
            String inside = sentence.substring(from + open + 1, close);
            if (inside.indexOf('(') >= 0 || inside.indexOf(',') < 0) {
                return false;
            }
            if (OPEN_LIST.matcher(inside).find()) {
                return true;
            }
            boolean other = false;
            for (String item : inside.split(",")) {
                if (!NAME_ITEM.matcher(item).matches()) {
                    return false;
                }
                other |= !IpsecTerms.TERM.matcher(item).find();
            }
            return other;
        }
        int end = sentence.indexOf(';', term[1]);
        String after = sentence.substring(term[1], end < 0 ? sentence.length() : end);
        Matcher etc = OPEN_LIST.matcher(after);
        if (!etc.find()) {
            return false;
        }
        // Only other names of the list stand between the term and "etc.", and a comma before the term.
        for (String item : after.substring(0, etc.start()).split(",")) {
            if (!item.isBlank() && !NAME_ITEM.matcher(item).matches()) {
                return false;
            }
        }
        int comma = sentence.lastIndexOf(',', term[0]);
        return comma >= 0 && sentence.substring(comma + 1, term[0]).isBlank();
    }
}
