package org.ipsecprofile.scan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.scan.RequirementWords.Keyword;

/**
 * Which requirement word a term belongs to, a reading of {@link MandatePolicy}: the nearest,
 * counted in words, within 15 words after it or within 25 words before it (a long subject), and not
 * across a semicolon or a comma that opens a clause of its own (", and", ", but", ", which", ", as"
 * giving a reason, …); so in "MUST support TLS and MAY use IPsec" IPsec belongs to MAY. A comma of a
 * list ("IPsec authentication, data integrity, and confidentiality MUST") and ", and" before a verb
 * that shares the subject (", and hence is mandatory") do not break, nor does ", which" right after
 * the term ("IPsec, which MUST be implemented"). Also where a clause starts, and words counted.
 */
final class Clauses {

    private Clauses() {}

    /** How many characters before a term the readings look back at most. */
    static final int WINDOW = 100;

    /** A new clause with its own subject: a keyword does not reach a term across it. */
    private static final Pattern CLAUSE_BREAK =
            Pattern.compile(",\\s*(?:and|but|while|whereas|so|yet|which|although|though)\\b|;"
                    + "|,\\s*as\\s+(?!(?:described|specified|defined|required|recommended|mandated|discussed|explained"
                    + "|noted|shown|stated|detailed|outlined|in|per|well|with|for|to|of|if|a|an)\\b)");

    /** ", and" before a verb: the clause shares the subject before it ("IPsec is …, and hence is mandatory"). */
    private static final Pattern SHARED_SUBJECT = Pattern.compile(
            ",\\s*(?:and|but)\\s+" + RequirementWords.ADVERBS + "(?:is|are|must|should|shall|MUST|SHOULD|SHALL)\\b");

    private static final int MAX_DISTANCE = 15;

    static final int MAX_DISTANCE_BEFORE = 25;

    /**
     * The keyword closest to the term in words (before it on a tie), within reach (15 words after
     * the keyword, 25 before it) and not across a break of clause.
     */
    static Keyword nearest(String s, List<Keyword> keywords, int[] term) {
        Keyword best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Keyword k : keywords) {
            boolean before = k.end() <= term[0];
            int from = before ? k.end() : term[1];
            int to = before ? term[0] : k.start();
            if (to < from || breaksClause(s, from, to, !before)) {
                continue;
            }
            int distance = words(s, from, to);
            int reach = before ? MAX_DISTANCE : MAX_DISTANCE_BEFORE;
            if (distance <= reach && (distance < bestDistance || distance == bestDistance && before)) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * True when a new clause starts between {@code from} and {@code to}. Between a term and the
     * keyword after it (the term in the subject), the comma of a list ("A, B, and C MUST") and
     * ", and" before a verb that shares the subject (", and hence is mandatory") do not break.
     */
    private static boolean breaksClause(String s, int from, int to, boolean termInSubject) {
        if (!mayBreakClause(s, from, to)) {
            return false;
        }
        Matcher m = CLAUSE_BREAK.matcher(s).region(from, to);
        while (m.find()) {
            if (!termInSubject || s.charAt(m.start()) == ';') {
                return true;
            }
            if (m.start() == from && s.startsWith("which", m.end() - 5)) {
                // "IPsec, which MUST be implemented by all relays": the clause is about the term.
                continue;
            }
            boolean list = s.substring(from, m.start()).indexOf(',') >= 0;
            boolean shared =
                    SHARED_SUBJECT.matcher(s).region(m.start(), s.length()).lookingAt();
            if (!list && !shared) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause holding {@code index} starts: after the last comma, semicolon, colon, bracket or dash. */
    static int clauseStart(String s, int index) {
        for (int i = index - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '\u2014') {
                return i + 1;
            }
        }
        return 0;
    }

    /** A cheap test before {@link #CLAUSE_BREAK}: every clause break holds a comma or a semicolon. */
    static boolean mayBreakClause(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';') {
                return true;
            }
        }
        return false;
    }

    static int words(String s, int from, int to) {
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
