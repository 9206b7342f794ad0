package org.ipsecprofile.scan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.scan.RequirementWords.Force;
import org.ipsecprofile.scan.RequirementWords.Keyword;

/**
 * The conditions and concessions that hold an IPsec term, a reading of {@link MandatePolicy}. A term
 * before the requirement that sits in a condition or concession ("If IPsec is used, ESP MUST …",
 * "Although IPsec …", ", which IPsec …") is no mandate; a condition after a term the requirement
 * already governs ("SHALL implement IPsec where … supports IPsec") does not undo it, and a "which"
 * clause holding the requirement is none. A condition, wherever it stands between semicolons, that
 * IPsec is in use ("where IPsec is present", "X over IPsec, if used, MUST", "if they use IPsec")
 * makes no mandate; one that the term is practical, feasible or available does not make IPsec a
 * given ("where ESP is practical, ESP is recommended"); "before" or "after" with the term as its
 * clause's subject is a condition ("before ESP is applied"); a term followed by an elided
 * condition of its presence ("before any AH or ESP header (if present)", "the ESP header, if
 * used") is a condition of its use, and so are the terms listed with it before it; and a condition that something else
 * uses IPsec before a requirement to use IPsec too ("If a relay was found over a channel that uses
 * IPsec, the client SHOULD use IPsec") still asks for it.
 */
final class Conditions {

    private Conditions() {}

    /** Being in use, said of IPsec in a condition ("available" is not: "IPsec, when available, SHOULD be used" asks for it). */
    private static final String IN_USE = "(?:present|used|in\\s+use|enabled|implemented|supported|active"
            + "|configured|deployed|applied|employed|negotiated|running|in\\s+place|established|selected|chosen)";

    private static final Pattern CONDITION = Pattern.compile(
            "\\b(?:if|when|whenever|where|wherever|whether"
                    + "|although|though|while|whereas|since|because|unless|once|until|in case|as long as|which|given that"
                    + "|(?:before|after)(?=\\s+(?:(?:the|an?)\\s+)?(?:ipsec|esp|ah|ike(?:v[12])?)\\s+(?:is|are|has|have|was|were)\\b))\\b");

    /** Before a term: the opening of a condition whose subject it is ("where IPsec is present", "if the use of ESP is"). */
    private static final Pattern IN_USE_BEFORE = Pattern.compile("\\b(?:if|when|whenever|where|wherever|once|while"
            + "|as\\s+long\\s+as)\\s+(?:(?:the|a|an)\\s+)?(?:(?:use|usage|presence)\\s+of\\s+(?:the\\s+)?)?$");

    /** Before a term: a condition that the main clause's subject, as a pronoun, uses it ("if they use IPsec"). */
    private static final Pattern USED_BY_PRONOUN = Pattern.compile("\\b(?:if|when|whenever|where|once|while"
            + "|as\\s+long\\s+as)\\s+(?:it|they)\\s+(?:(?:also|already|do|does)\\s+)?"
            + "(?:use|uses|implement|implements|support|supports|run|runs|employ|employs)\\s+(?:the\\s+)?$");

    /**
     * After a term in a condition: that it can be had ("where the use of ESP is practical", "if
     * IKEv2 is available"), a condition on the setting, not on IPsec being in use.
     */
    static final Pattern FEASIBLE_AFTER = Pattern.compile("^(?:\\s+(?:or|and|and/or)\\s+[\\w-]+)?"
            + "\\s+(?:is|are)\\s+(?:not\\s+)?(?:practical|practicable|feasible|possible|available|affordable)\\b");

    /** After a term in a condition: its being in use ("… is present", "… are in use", "… is not enabled"). */
    private static final Pattern IN_USE_AFTER =
            Pattern.compile("^(?:\\s+[\\w/-]+){0,2}?\\s+(?:is|are|has\\s+been|have\\s+been)"
                    + "\\s+(?:(?:not|also|already|being|\\w+ly)\\s+)*" + IN_USE + "\\b");

    /** After a term, before its keyword: an elided condition of being in use ("RADIUS over IPsec, if used, MUST"). */
    static final Pattern IN_USE_ELIDED = Pattern.compile("^[^,;()]{0,40}?(?:,\\s*|\\(\\s*)(?:if|when|where|whenever)"
            + "\\s+(?:(?:it|they)\\s+(?:is|are)\\s+)?(?:not\\s+)?" + IN_USE + "\\b");

    /**
     * After a term: an elided condition that it is in use, in parentheses or after a comma
     * ("… before any ESP header (if present)", "the AH, if used, …"), citations, an abbreviation
     * in parentheses and up to two lower-case words that the term qualifies aside.
     */
    private static final Pattern IN_USE_ELIDED_AFTER =
            Pattern.compile("^(?:\\s*\\[[^\\[\\]]{1,20}\\]|\\s*\\([\\w-]{1,12}\\))*(?:\\s+[a-z][\\w-]*){0,2}"
                    + "(?:\\s*\\[[^\\[\\]]{1,20}\\])*\\s*(?:\\(|,)\\s*(?:if|when|where|whenever)"
                    + "\\s+(?:(?:it|they)\\s+(?:is|are)\\s+)?(?:not\\s+)?(?:" + IN_USE + "|any)\\b");

    /** Between two terms of one list: a citation, and a comma, "and", "or" or "and/or" ("AH [X] and/or the"). */
    private static final Pattern LIST_JOIN = Pattern.compile(
            "^(?:\\s*\\[[^\\[\\]]{1,20}\\])*\\s*(?:,|,?\\s*(?:and|or|and/or))\\s*(?:(?:the|an?|any)\\s+)?$");

    /**
     * True when the term {@code i} is followed by an elided condition that it is in use ("the
     * option SHOULD come before any AH or ESP header (if present)"), itself or through the terms
     * listed with it after it: the requirement holds where the term is present, it does not ask
     * for it.
     */
    static boolean inUseElidedAfter(String lower, List<int[]> terms, int i) {
        int[] term = terms.get(i);
        Matcher m = IN_USE_ELIDED_AFTER.matcher(lower).region(term[1], Math.min(lower.length(), term[1] + 60));
        if (m.lookingAt()) {
            return true;
        }
        if (i + 1 < terms.size()) {
            int[] next = terms.get(i + 1);
            return next[0] >= term[1]
                    && next[0] - term[1] <= 40
                    && LIST_JOIN.matcher(lower).region(term[1], next[0]).matches()
                    && inUseElidedAfter(lower, terms, i + 1);
        }
        return false;
    }

    /** Before a term: it is the object of "use" ("a link that uses IPsec", "does use IPsec"). */
    private static final Pattern USED_BEFORE = Pattern.compile("\\b(?:use|uses|using)\\s+$");

    /** Between a keyword and its term: "SHOULD use", "MUST also use". */
    private static final Pattern USE_VERB = Pattern.compile("\\s+(?:(?:also|always|then|thus|therefore)\\s+)?use\\s+");

    /** True when the term is the subject of a condition of being in use ("where IPsec is present"). */
    static boolean inUse(String sentence, String lower, int[] term) {
        if (USED_BY_PRONOUN
                .matcher(lower)
                .region(Math.max(0, term[0] - 40), term[0])
                .find()) {
            return true;
        }
        return IN_USE_BEFORE
                        .matcher(lower)
                        .region(Math.max(0, term[0] - 40), term[0])
                        .find()
                && IN_USE_AFTER
                        .matcher(lower)
                        .region(term[1], Math.min(lower.length(), term[1] + 60))
                        .lookingAt();
    }

    /**
     * Where the condition or concession holding the term ends its cue word ("if", "when",
     * "although", …, earlier in the term's clause with no keyword between it and the term), or -1
     * when the term stands in none.
     */
    static int conditionCue(String lower, List<Keyword> keywords, int[] term) {
        Matcher m = CONDITION
                .matcher(lower)
                .region(Clauses.clauseStart(lower, term[0]), term[0])
                .useTransparentBounds(true);
        int cue = -1;
        while (m.find()) {
            cue = m.end();
        }
        if (cue < 0) {
            return -1;
        }
        if (lower.startsWith("which", cue - 5)) {
            // "…, of which the ESP format is mandatory": a relative clause holding the requirement itself.
            for (Keyword k : keywords) {
                if (k.force() == Force.MANDATE
                        && k.start() >= term[1]
                        && !Clauses.mayBreakClause(lower, term[1], k.start())
                        && Clauses.words(lower, term[1], k.start()) <= Clauses.MAX_DISTANCE_BEFORE) {
                    return -1;
                }
            }
        }
        for (Keyword k : keywords) {
            if (k.start() >= cue && k.end() <= term[0]) {
                return -1;
            }
        }
        return cue;
    }

    /**
     * True when a mandate before the condition starting at {@code cue} already governs a term
     * outside any condition ("SHALL implement IPsec where … supports IPsec"): the condition then
     * limits where the requirement holds, it does not make IPsec the condition.
     */
    static boolean governedBefore(List<int[]> terms, int[] cues, Keyword[] near, int cue) {
        for (int i = 0; i < terms.size(); i++) {
            int[] term = terms.get(i);
            if (term[1] > cue || cues[i] >= 0) {
                continue;
            }
            Keyword k = near[i];
            if (k != null && k.force() == Force.MANDATE && k.end() <= term[0]) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the condition says that something else uses the term ("If the peer was found
     * over a link that uses IPsec") and the main clause asks to use the same term ("the node
     * SHOULD use IPsec"): the requirement extends IPsec to the protocol's own traffic, the
     * condition does not make IPsec a given of it.
     */
    static boolean usedToo(
            String sentence, String lower, List<int[]> terms, int[] cues, Keyword[] near, int conditioned) {
        int[] c = terms.get(conditioned);
        if (!USED_BEFORE.matcher(lower.substring(Math.max(0, c[0] - 20), c[0])).find()) {
            return false;
        }
        String word = sentence.substring(c[0], c[1]);
        for (int i = conditioned + 1; i < terms.size(); i++) {
            int[] term = terms.get(i);
            Keyword k = near[i];
            if (cues[i] < 0
                    && k != null
                    && k.force() == Force.MANDATE
                    && k.end() <= term[0]
                    && sentence.substring(term[0], term[1]).equalsIgnoreCase(word)
                    && USE_VERB.matcher(lower).region(k.end(), term[0]).matches()) {
                return true;
            }
        }
        return false;
    }
}
