package org.ipsecprofile.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether one sentence requires or recommends IPsec. The policy, precision first
 * (a missed mandate costs less than a build failed for nothing):
 *
 * <ul>
 * <li>An IPsec term: {@code IPsec} (any case), {@code ESP} or {@code AH} as upper-case words,
 *     "Encapsulating Security Payload", "IP Authentication Header", or a citation of
 *     RFC 2401, 2402, 2406, 4301, 4302 or 4303 in any of the forms drafts use ({@code [RFC4301]},
 *     {@code <xref target="RFC4301"/>}, {@code {{RFC4301}}}, {@code {{!RFC4301}}}, "RFC 4301").</li>
 * <li>A BCP 14 keyword in upper case (RFC 8174: lower case carries no special meaning). MUST,
 *     SHALL, SHOULD, REQUIRED and RECOMMENDED make a mandate. MAY and OPTIONAL do not: they permit
 *     IPsec without relying on it. MUST NOT, SHALL NOT, SHOULD NOT, NOT REQUIRED and NOT
 *     RECOMMENDED do not, except when the prohibition is lifted by IPsec ("MUST NOT be sent
 *     unless protected by IPsec", "… without ESP"). A keyword in quotes is a mention of the keyword.</li>
 * <li>The term belongs to the nearest keyword, counted in words, within 15 words and not across
 *     a semicolon or a comma that opens a clause of its own (", and", ", but", ", which", …);
 *     so in "MUST support TLS and MAY use IPsec" IPsec belongs to MAY.</li>
 * <li>A mandate to refuse what IPsec does not protect counts ("MUST reject reports that are
 *     not carried in ESP").</li>
 * <li>No mandate when the words just before the term negate or set it aside ("not", "without",
 *     "instead of", "unlike", "rather than", "unless", …) or make it an example or a comparison
 *     ("such as", "e.g.", "for example", "like", "similar to", …) or a thing passed over ("prefer X
 *     over IPsec"); when a term sits in a
 *     condition or concession ("If IPsec is used, ESP MUST …", "Although IPsec …", ", which IPsec …"); or when
 *     the sentence tells history or a rejected design ("was considered", "rejected", "out of
 *     scope", "earlier versions", …).</li>
 * </ul>
 */
final class MandatePolicy {

    /** The words that say "IPsec" in a sentence. */
    static final Pattern TERM = Pattern.compile("(?=[IiEAR])(?:(?i:\\bipsec\\b)|\\bESP\\b|\\bAH\\b"
            + "|\\bEncapsulating\\s+Security\\s+Payload\\b|\\bIP\\s+Authentication\\s+Header\\b"
            + "|\\bRFC[\\s-]?(?:2401|2402|2406|4301|4302|4303)\\b)");

    /** The lookahead on the first letter only lets most positions fail at once; it matches nothing more or less. */
    private static final Pattern KEYWORD = Pattern.compile(
            "(?=[NMSRO])\\b(NOT\\s+)?(MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED|MAY|OPTIONAL)\\b(\\s+NOT\\b)?");

    private static final Pattern DISCUSSION = Pattern.compile("\\b(?:rejected|discarded|was considered"
            + "|were considered|considered but|out of scope|outside the scope|beyond the scope"
            + "|(?:earlier|previous|prior|older) versions?|historically|used to be|was proposed|were proposed"
            + "|has been proposed|was suggested|has been suggested|no longer|abandoned)\\b");

    private static final Pattern SET_ASIDE = Pattern.compile("\\b(?:not|never|no|nor|neither|without|unless"
            + "|instead of|rather than|unlike|other than|in place of|independent(?:ly)? of|regardless of"
            + "|apart from|besides|except|alternatives? to|as opposed to|distinct from|separate from|different from|avoids?|avoiding|replaces?|replacing"
            + "|cannot|can't|don't|doesn't|won't|isn't|aren't)\\b(?:\\W+\\w+){0,4}\\W*$");

    private static final Pattern EXAMPLE = Pattern.compile("\\b(?:such as|e\\.g\\.|e\\.g|for example|for instance"
            + "|like|including|similar(?:ly)? to|analogous to|akin to|modell?ed on|inspired by|comparable to"
            + "|same as|used by|defined for|borrowed from|taken from)\\W*(?:\\w+\\W+){0,3}$");

    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|when|whenever|where|wherever|whether"
            + "|although|though|while|whereas|since|because|unless|once|until|in case|as long as|which)\\b");

    /** A new clause with its own subject: a keyword does not reach a term across it. */
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile(",\\s*(?:and|but|while|whereas|so|yet|which|although|though)\\b|;");

    private static final Pattern PREFERENCE = Pattern.compile("\\bprefer\\w*\\b(?:\\W+\\w+){0,6}\\W+over\\W*$");

    private static final Pattern LIFTED = Pattern.compile("\\b(?:unless|without|except|other than|outside|not)\\b");

    /** A mandate to refuse what is not protected: "MUST discard packets not protected by ESP". */
    private static final Pattern REFUSAL = Pattern.compile("\\b(?:reject|discard|drop|refuse|ignore|deny)\\b");

    private static final Pattern UNPROTECTED = Pattern.compile("\\b(?:not|without|unless)\\b(?:\\W+\\w+){0,4}\\W*$");

    private static final int MAX_DISTANCE = 15;
    private static final int WINDOW = 100;

    /** What a sentence asks for: the keyword (as written, e.g. {@code MUST}) and the IPsec term it governs. */
    record Mandate(String keyword, String term) {}

    private enum Force {
        MANDATE,
        PROHIBITION,
        PERMISSION
    }

    private record Keyword(int start, int end, String word, Force force) {}

    private MandatePolicy() {}

    private static final String[] MANDATE_WORDS = {"MUST", "SHALL", "SHOULD", "REQUIRED", "RECOMMENDED"};

    /**
     * The offsets, in order, of the upper-case keywords that can make a mandate (MUST, SHALL,
     * SHOULD, REQUIRED, RECOMMENDED, their negations included). Only sentences holding one can
     * require IPsec, so the scan looks at those alone; {@code indexOf} finds them far faster than
     * a regular expression for the IPsec terms could.
     */
    static int[] keywordPositions(String text) {
        int[] found = new int[16];
        int count = 0;
        for (String word : MANDATE_WORDS) {
            int from = 0;
            while (true) {
                int at = text.indexOf(word, from);
                if (at < 0) {
                    break;
                }
                from = at + word.length();
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean endsWord = from == text.length() || !Character.isLetterOrDigit(text.charAt(from));
                if (startsWord && endsWord) {
                    if (count == found.length) {
                        found = java.util.Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = at;
                }
            }
        }
        int[] result = java.util.Arrays.copyOf(found, count);
        java.util.Arrays.sort(result);
        return result;
    }

    /** The mandate the sentence makes, or null when it makes none. */
    static Mandate find(String text) {
        if (!mayNameIpsec(text)) {
            return null;
        }
        String sentence = collapseWhitespace(text);
        List<int[]> terms = new ArrayList<>();
        Matcher t = TERM.matcher(sentence);
        while (t.find()) {
            terms.add(new int[] {t.start(), t.end()});
        }
        if (terms.isEmpty()) {
            return null;
        }
        List<Keyword> keywords = keywords(sentence);
        if (keywords.stream().allMatch(k -> k.force() == Force.PERMISSION)) {
            return null;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (int[] term : terms) {
            Keyword k = nearest(sentence, keywords, term);
            if (k != null
                    && k.force() == Force.PROHIBITION
                    && k.end() <= term[0]
                    && LIFTED.matcher(lower.substring(k.end(), term[0])).find()) {
                return discussed(lower) ? null : new Mandate(k.word(), sentence.substring(term[0], term[1]));
            }
        }
        for (int[] term : terms) {
            if (inCondition(lower, keywords, term)) {
                return null;
            }
        }
        for (int[] term : terms) {
            Keyword k = nearest(sentence, keywords, term);
            if (k == null || k.force() != Force.MANDATE) {
                continue;
            }
            int from = k.end() <= term[0] ? k.end() : Math.max(0, term[0] - WINDOW);
            int semicolon = sentence.lastIndexOf(';', term[0]);
            from = Math.max(from, semicolon + 1);
            String before = lower.substring(Math.max(from, term[0] - WINDOW), term[0]);
            boolean refused = k.end() <= term[0]
                    && REFUSAL.matcher(before).find()
                    && UNPROTECTED.matcher(before).find();
            if (!refused
                    && (SET_ASIDE.matcher(before).find()
                            || EXAMPLE.matcher(before).find()
                            || PREFERENCE.matcher(before).find())) {
                continue;
            }
            return discussed(lower) ? null : new Mandate(k.word(), sentence.substring(term[0], term[1]));
        }
        return null;
    }

    /** True when the sentence tells history or a rejected design rather than a requirement. */
    private static boolean discussed(String lower) {
        return DISCUSSION.matcher(lower).find();
    }

    /** A cheap test before {@link #TERM}: could the text hold one of its words at all? */
    static boolean mayNameIpsec(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'i' || c == 'I') {
                if (text.regionMatches(true, i, "ipsec", 0, 5) || text.startsWith("IP", i)) {
                    return true;
                }
            } else if (c == 'E') {
                if (text.startsWith("ESP", i) || text.startsWith("Encapsulating", i)) {
                    return true;
                }
            } else if (c == 'A') {
                if (text.startsWith("AH", i)) {
                    return true;
                }
            } else if (c == 'R' && text.startsWith("RFC", i)) {
                return true;
            }
        }
        return false;
    }

    private static List<Keyword> keywords(String sentence) {
        List<Keyword> result = new ArrayList<>();
        Matcher m = KEYWORD.matcher(sentence);
        while (m.find()) {
            if (quoted(sentence, m.start(2), m.end(2))) {
                continue;
            }
            String word = m.group(2);
            Force force;
            if (m.group(1) != null || m.group(3) != null) {
                force = Force.PROHIBITION;
            } else if (word.equals("MAY") || word.equals("OPTIONAL")) {
                force = Force.PERMISSION;
            } else {
                force = Force.MANDATE;
            }
            result.add(new Keyword(m.start(), m.end(), m.group(), force));
        }
        return result;
    }

    private static boolean quoted(String s, int start, int end) {
        return (start > 0 && isQuote(s.charAt(start - 1))) || (end < s.length() && isQuote(s.charAt(end)));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** The keyword closest to the term in words (before it on a tie), within reach and not across a semicolon. */
    private static Keyword nearest(String s, List<Keyword> keywords, int[] term) {
        Keyword best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Keyword k : keywords) {
            int from = k.end() <= term[0] ? k.end() : term[1];
            int to = k.end() <= term[0] ? term[0] : k.start();
            if (to < from
                    || mayBreakClause(s, from, to)
                            && CLAUSE_BREAK.matcher(s).region(from, to).find()) {
                continue;
            }
            int distance = words(s, from, to);
            boolean before = k.end() <= term[0];
            if (distance <= MAX_DISTANCE && (distance < bestDistance || distance == bestDistance && before)) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * True when the term stands in a condition or concession: a word such as "if", "when" or
     * "although" earlier in its clause, with no keyword between that word and the term.
     */
    private static boolean inCondition(String lower, List<Keyword> keywords, int[] term) {
        int clauseStart = 0;
        for (int i = term[0] - 1; i >= 0; i--) {
            char c = lower.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '\u2014') {
                clauseStart = i + 1;
                break;
            }
        }
        Matcher m = CONDITION.matcher(lower).region(clauseStart, term[0]);
        int cue = -1;
        while (m.find()) {
            cue = m.end();
        }
        if (cue < 0) {
            return false;
        }
        for (Keyword k : keywords) {
            if (k.start() >= cue && k.end() <= term[0]) {
                return false;
            }
        }
        return true;
    }

    /** A cheap test before {@link #CLAUSE_BREAK}: every clause break holds a comma or a semicolon. */
    private static boolean mayBreakClause(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /** What {@code Pattern.compile("\\s+").matcher(text).replaceAll(" ")} gives, without a regular expression. */
    static String collapseWhitespace(String text) {
        StringBuilder out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isRegexSpace(c)) {
                int end = i + 1;
                while (end < n && isRegexSpace(text.charAt(end))) {
                    end++;
                }
                if (out == null) {
                    if (c == ' ' && end == i + 1) {
                        continue;
                    }
                    out = new StringBuilder(n).append(text, 0, i);
                }
                out.append(' ');
                i = end - 1;
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** {@code \\s} of {@link Pattern} without UNICODE_CHARACTER_CLASS: space, tab, LF, VT, FF, CR. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int words(String s, int from, int to) {
        int count = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
