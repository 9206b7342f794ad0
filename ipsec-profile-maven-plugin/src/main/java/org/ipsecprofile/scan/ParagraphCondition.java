package org.ipsecprofile.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence's paragraph makes what the sentence requires conditional on IPsec: a
 * requirement about IPsec that follows, in the same paragraph, a sentence permitting IPsec as a
 * whole rather than requiring it holds only where IPsec is used, and is not a mandate to use it.
 * The rule, in English: an earlier sentence of the paragraph names IPsec as a whole ("IPsec",
 * "IP Security", "IPsec support", not only one of its parts such as ESP or IKE), grants a
 * permission within ten words of that name ("MAY", "OPTIONAL", "is optional", or a lower-case
 * "may" with a verb: "may be used", "may use"), and holds no requirement word in either case
 * (must, shall, should, required, recommended, mandatory), and no sentence between the paragraph's
 * start and it requires IPsec (once the paragraph has required IPsec, a permission is about how
 * it is used, not whether). "IPsec ESP" and "IPsec AH" name a part, not the whole. So after "Protection MAY be provided by
 * IPsec." or "Support for IPsec is OPTIONAL for widget relays.", "Then the relays SHOULD use
 * ESP" and "implementations MUST support ESP" are not mandates; after "Clients MUST support
 * IPsec and MAY support TLS." or "This limits IPsec where it may be desirable to …" a later
 * "Servers MUST support IPsec" still is. In the same way, an earlier sentence of the paragraph
 * that opens with the condition that IPsec, ESP, AH or IKE is in use ("When IPsec is used between
 * relays, …", "If IKEv2 is supported, …") makes the later requirements of the paragraph
 * conditional, except one that names IPsec as a whole (requiring IPsec itself under the condition
 * that it is used would say nothing, so "Relays MUST support IPsec" is still a mandate there).
 * And a sentence that opens by pointing back at the case just described or at what was just said
 * ("In this case", "In such cases", "If so", "Then", "Thus", "Therefore", "Hence",
 * "Consequently", "Accordingly", "As a result", "For this reason") holds in that case only: when
 * the sentence before it, in the same paragraph, states the condition that IPsec, ESP, AH or IKE is
 * in use anywhere in it ("This is acceptable if IPsec is used. In this case, …"), or opens with a
 * requirement on a subject that IPsec qualifies ("An IPsec-protected relay link MUST provide
 * integrity. Thus, …"), what it requires is conditional, whatever it names. Read only for
 * sentences the policy already flagged.
 */
final class ParagraphCondition {

    private static final Pattern WHOLE_IPSEC =
            Pattern.compile("(?:(?i:\\bipsec\\b)|\\bIP [Ss]ecurity\\b)(?!\\s+(?:ESP|AH|IKE))");

    /** A permission: MAY or OPTIONAL, "is optional", or a lower-case "may" with a verb ("may be used", "may use"). */
    private static final Pattern PERMISSION =
            Pattern.compile("\\bMAY\\b(?!\\s+NOT\\b)|\\bOPTIONAL\\b|\\b(?:is|are|be)\\s+optional\\b"
                    + "|\\bmay\\s+(?:also\\s+)?(?:be\\s+\\w+(?:ed|en)\\b|use\\b|run\\b)");

    /** A requirement word in either case: a sentence that holds one is read as requiring, not permitting. */
    private static final Pattern REQUIREMENT =
            Pattern.compile("(?i:\\b(?:must|shall|should|required|recommended|mandatory)\\b)");

    /** How many words apart the permission and the name of IPsec may stand. */
    private static final int NEAR = 10;

    /**
     * True when the paragraph of the sentence starting at {@code start} of {@code text} makes it
     * conditional on IPsec, by the rule above.
     */
    static boolean holds(String text, int start) {
        return new ParagraphCondition(text).holdsAt(start);
    }

    private final String text;

    /** The start of the paragraph last read, or -1; how far into it the cheap cues were looked for, and found. */
    private int paragraph = -1;

    private int cuesReadTo;
    private boolean permissionCue;
    private boolean ipsecCue;

    /** One reader per draft's prose text, asked for its flagged sentences in text order. */
    ParagraphCondition(String text) {
        this.text = text;
    }

    /**
     * True when the paragraph of the sentence starting at {@code start} makes it conditional on
     * IPsec. The cheap cues (a permission word, a name of IPsec) are looked for once per stretch
     * of text, so a paragraph with many flagged sentences is not read again for each.
     */
    boolean holdsAt(int start) {
        if (refersBack(start)) {
            return true;
        }
        boolean sameParagraph = paragraph >= 0 && start >= cuesReadTo;
        for (int i = sameParagraph ? cuesReadTo : start; sameParagraph && i < start; i++) {
            if (text.charAt(i) == Prose.BREAK) {
                sameParagraph = false;
            }
        }
        if (!sameParagraph) {
            paragraph = text.lastIndexOf(Prose.BREAK, start - 1) + 1;
            cuesReadTo = paragraph;
            permissionCue = false;
            ipsecCue = false;
        }
        if (cuesReadTo < start) {
            String read = text.substring(Math.max(paragraph, cuesReadTo - 16), start);
            permissionCue |= holdsAny(read, PERMISSION_CUES);
            ipsecCue |= holdsAny(read, WHOLE_IPSEC_CUES);
            cuesReadTo = start;
        }
        if (paragraph == start || !permissionCue || !ipsecCue) {
            return false;
        }
        int from = paragraph;
        int at = from;
        while (at < start) {
            int end = Math.min(start, Sentences.end(text, at));
            if (end <= at) {
                break;
            }
            String earlier = text.substring(at, end);
            if (permitsIpsec(earlier)
                    || conditionsOnIpsec(earlier)
                            && !WHOLE_IPSEC
                                    .matcher(text.substring(start, Math.max(start, Sentences.end(text, start))))
                                    .find()) {
                // The permission or condition counts unless the paragraph required IPsec before it:
                // then it is about how IPsec is used, not whether.
                return !requiredBefore(text, from, at);
            }
            at = end;
        }
        return false;
    }

    /** True when a sentence of {@code text} from {@code from} to {@code to} requires IPsec. */
    private static boolean requiredBefore(String text, int from, int to) {
        int at = from;
        while (at < to) {
            int end = Math.min(to, Sentences.end(text, at));
            if (end <= at) {
                break;
            }
            if (MandatePolicy.find(text.substring(at, end)) != null) {
                return true;
            }
            at = end;
        }
        return false;
    }

    private static final String[] PERMISSION_CUES = {"MAY", "OPTIONAL", "may ", "optional", "If ", "When", "Where"};

    /** A sentence that opens with the condition that IPsec, or one of its parts, is in use. */
    private static final Pattern CONDITION = Pattern.compile("^\\W*(?:If|When|Whenever|Where)\\s+(?:the\\s+)?"
            + "(?:use\\s+of\\s+)?" + IpsecTerms.SHORT_NAME + "\\b[^.;:,]{0,40}?" + IpsecTerms.IS_IN_USE);

    /** A sentence that opens by pointing back at the case just described. */
    private static final Pattern BACK_REFERENCE =
            Pattern.compile("^\\W*(?:In\\s+(?:this|that|either|such\\s+an?|these|those|such)\\s+(?:case|cases|situation"
                    + "|situations|event)|If\\s+so|Then|Thus|Therefore|Hence|Consequently|Accordingly|As\\s+a\\s+result"
                    + "|For\\s+this\\s+reason)\\b");

    /**
     * A sentence whose subject IPsec qualifies, under a requirement ("An IPsec-secured tunnel MUST
     * provide integrity"): what it requires holds where IPsec is used.
     */
    private static final Pattern QUALIFIED_SUBJECT = Pattern.compile("^\\W*(?:An?|The|Each|Every|Any|All)\\s+"
            + "(?:IPsec|IPSec|IPSEC|ESP|AH|IKE(?:v[12])?)-(?:secured|protected|encrypted|authenticated|enabled)\\s+"
            + "(?:[\\w/-]+\\s+){0,6}?(?:MUST|SHALL|SHOULD|must|shall|should|is\\s+required\\s+to)\\b");

    /** The condition that IPsec, or one of its parts, is in use, wherever it stands in a sentence. */
    private static final Pattern CONDITION_ANYWHERE =
            Pattern.compile("\\b(?i:if|when|whenever|where|wherever|as\\s+long\\s+as)\\s+(?:the\\s+)?(?:use\\s+of\\s+)?"
                    + IpsecTerms.SHORT_NAME + "\\b[^.;:]{0,40}?" + IpsecTerms.IS_IN_USE);

    /**
     * True when the sentence at {@code start} opens by pointing back at the case just described ("In
     * this case", "In such cases", "If so", "Then") and the sentence before it, in the same
     * paragraph, states the condition that IPsec is in use wherever in it ("This is acceptable if
     * IPsec is used. In this case, …"): what it requires holds in that case only, whatever it names.
     */
    private boolean refersBack(int start) {
        int paragraphStart = text.lastIndexOf(Prose.BREAK, start - 1) + 1;
        if (paragraphStart >= start
                || !BACK_REFERENCE
                        .matcher(text.substring(start, Math.min(text.length(), start + 40)))
                        .find()) {
            return false;
        }
        int at = paragraphStart;
        int previous = -1;
        int previousEnd = -1;
        while (at < start) {
            int end = Sentences.end(text, at);
            if (end <= at || end > start) {
                break;
            }
            // A sentence in parentheses is an aside: "Thus" points past it.
            if (!aside(text, at, end) || previous < 0) {
                previous = at;
                previousEnd = end;
            }
            at = end;
        }
        if (previous < 0) {
            return false;
        }
        String before = text.substring(previous, previousEnd);
        return CONDITION_ANYWHERE.matcher(before).find()
                || QUALIFIED_SUBJECT.matcher(before).find();
    }

    /** True when the sentence from {@code start} to {@code end} opens a parenthesis: "(Note that …)". */
    private static boolean aside(String text, int start, int end) {
        return text.substring(start, end).strip().startsWith("(");
    }

    /**
     * True when {@code sentence} opens with the condition that IPsec, ESP, AH or IKE is in use ("When
     * IPsec is used between relays, …", "If IKEv2 is supported, …").
     */
    static boolean conditionsOnIpsec(String sentence) {
        return CONDITION.matcher(sentence).find();
    }

    private static final String[] WHOLE_IPSEC_CUES = {
        "IPsec", "IPSec", "IPSEC", "ipsec", "IP Security", "IP security", "ESP", "AH ", "IKE"
    };

    private static boolean holdsAny(String text, String[] cues) {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code sentence} names IPsec as a whole and permits it without requiring it: a
     * permission within ten words of the name, and no requirement word.
     */
    static boolean permitsIpsec(String sentence) {
        if (REQUIREMENT.matcher(sentence).find()) {
            return false;
        }
        Matcher name = WHOLE_IPSEC.matcher(sentence);
        while (name.find()) {
            Matcher permission = PERMISSION.matcher(sentence);
            while (permission.find()) {
                int from = Math.min(name.end(), permission.end());
                int to = Math.max(name.start(), permission.start());
                if (from >= to || words(sentence.substring(from, to)) <= NEAR) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int words(String s) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
