package org.ipsecprofile.scan;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ipsecprofile.scan.RequirementWords.Force;
import org.ipsecprofile.scan.RequirementWords.Keyword;

/**
 * Whether IPsec is one alternative among others, a reading of {@link MandatePolicy}: the term joined
 * by "or" with TLS, DTLS, SSL, SSH, CMS, HTTP Digest, Kerberos or "any stronger", "other" or
 * "end-to-end" mechanisms, or an alternative to security at another layer ("link-layer security or
 * IPsec"); IPsec joined by "or" to another named mechanism, an option, method or technique, or to
 * something other or equivalent ("TSIG, SIG(0), or IPsec", "the integrity option [X] or IPsec", "AH
 * (or another technique …)", also inside an "e.g." parenthesis that holds parentheses of its own);
 * "either IPsec or" something else, one of two ways (not "either ESP or AH"); and a term whose
 * requirement is followed by "or" and another requirement ("must be protected with IPsec or the
 * topology must be such that …").
 */
final class Alternatives {

    private Alternatives() {}

    /** An "or" that offers something else ("… or the topology …"), not "and/or", "or more", "or both". */
    private static final Pattern OR_CLAUSE =
            Pattern.compile("(?<!and/)\\bor\\b(?!\\s+(?:more|both|not|less|either)\\b)");

    /** Another mechanism the term is an alternative to. */
    private static final Pattern ALTERNATIVE =
            Pattern.compile("\\b(?:TLS|DTLS|SSL|SSH|CMS|S/MIME|Kerberos|HTTP\\s+Digest"
                    + "|Transport\\s+Layer\\s+Security|(?i:any\\s+stronger|some\\s+other|other\\s+\\w+|end-to-end"
                    + "|(?:link|physical|transport|application|lower|object)[\\s-](?:layer\\s+)?security))\\b");

    private static final Pattern OR = Pattern.compile("\\bor\\b");

    private static final Pattern EITHER_BEFORE =
            Pattern.compile("\\b[Ee]ither\\s+(?:(?:over|by|with|using|via|through|in|on)\\s+)?(?:(?:the|an?)\\s+)?$");

    private static final Pattern OR_OPENING = Pattern.compile("\\s*or\\b");

    /** After a term: "or" and another name, or something other or equivalent ("(or another technique …)"). */
    private static final Pattern OTHER_AFTER = Pattern.compile(
            "^(?:\\s+[A-Z][\\w-]*){0,3}?(?:\\s*\\([^()]{1,20}\\))?(?:\\s*\\[[^\\[\\]]{1,20}\\])?\\s*,?\\s*\\(?\\s*or\\s+"
                    + "(?:(?:an?|the|some|any)\\s+)?(?:(?i:other|another|equivalent|similar|comparable|alternative)\\b"
                    + "|([A-Z][A-Za-z0-9/-]*[A-Z0-9](?:\\(\\w+\\))?)(?![\\w-]))");

    /** Before a term: another name, or a mechanism, option or technique, and "or" ("TSIG, SIG(0) or"). */
    private static final Pattern OTHER_BEFORE = Pattern.compile("(?:\\b([A-Z][A-Za-z0-9/-]*[A-Z0-9](?:\\(\\w+\\))?)"
            + "|\\b(?i:options?|mechanisms?|techniques?|methods?|services?))\\)?(?:\\s*\\(?\\[[^\\[\\]]{1,20}\\]\\)?)?"
            + "\\s*,?\\s+or\\s+(?:(?:the|an?)\\s+)?$");

    /**
     * "X must be protected with IPsec or the topology must be such that …": the term is one way
     * of meeting the requirement, and an "or" offers another requirement in its place.
     */
    static boolean orElse(String lower, List<Keyword> keywords, Keyword k, int[] term) {
        int from = Math.max(term[1], k.end());
        for (Keyword next : keywords) {
            if (next.start() < from) {
                continue;
            }
            if (next.force() != Force.MANDATE) {
                return false;
            }
            String span = lower.substring(from, next.start());
            if (span.indexOf(';') >= 0) {
                return false;
            }
            Matcher or = OR_CLAUSE.matcher(span);
            int at = -1;
            while (or.find()) {
                at = or.end();
            }
            if (at < 0) {
                return false;
            }
            String rest = span.substring(at);
            return !rest.contains(" and ")
                    && !IpsecTerms.TERM.matcher(rest).lookingAt()
                    && !IpsecTerms.TERM.matcher(rest.toUpperCase(Locale.ROOT)).find()
                    && Clauses.words(rest, 0, rest.length()) <= 12;
        }
        return false;
    }

    /** Where the parenthesis left open at the end of {@code text} opens ("(e.g., X, SIG(0), or "), or -1. */
    static int openParenthesis(String text) {
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
        }
        return -1;
    }

    /** True when the term is one of several mechanisms joined by "or" ("TLS, SSL, or IPsec"). */
    static boolean alternative(String sentence, List<Keyword> keywords, int[] term) {
        int previous = IpsecTerms.abbreviated(sentence, term[0]);
        if (previous >= 0 && previous < term[0]) {
            // "TSIG ([X]) or IPsec ([RFC4301])": an abbreviation or citation is read as the term it follows.
            Matcher t = IpsecTerms.TERM.matcher(sentence).region(previous, term[0]);
            if (t.lookingAt() && alternative(sentence, keywords, new int[] {t.start(), t.end()})) {
                return true;
            }
        }
        int from = sentence.lastIndexOf(';', term[0]) + 1;
        int to = sentence.length();
        for (Keyword k : keywords) {
            if (k.end() <= term[0]) {
                from = Math.max(from, k.end());
            } else if (k.start() >= term[1]) {
                to = Math.min(to, k.start());
            }
        }
        int semicolon = sentence.indexOf(';', term[1]);
        if (semicolon >= 0) {
            to = Math.min(to, semicolon);
        }
        from = Math.max(from, term[0] - 60);
        to = Math.min(to, term[1] + 60);
        String phrase = sentence.substring(from, to);
        return phrase.contains("or")
                        && OR.matcher(phrase).find()
                        && ALTERNATIVE.matcher(phrase).find()
                || orOther(sentence, term);
    }

    /**
     * True when "or" joins the term to another mechanism: a name that is not IPsec's ("TSIG,
     * SIG(0) or IPsec", "IPsec or HIP", also with its abbreviation or citation in parentheses:
     * "Widget Signatures (WSIG) ([RFC9999]) or IPsec"), a mechanism, option or technique ("the integrity option
     * or IPsec"), or something other or equivalent ("ESP (or another technique of like
     * strength)"). "ESP or AH" stays IPsec.
     */
    private static boolean orOther(String sentence, int[] term) {
        Matcher either = OR.matcher(sentence).region(term[1], Math.min(sentence.length(), term[1] + 40));
        if (EITHER_BEFORE
                        .matcher(sentence)
                        .region(Math.max(0, term[0] - 30), term[0])
                        .find()
                && either.find()
                && !IpsecTerms.TERM
                        .matcher(sentence)
                        .region(either.end(), Math.min(sentence.length(), either.end() + 20))
                        .find()) {
            // "either IPsec or a dedicated link": one of two ways.
            return true;
        }
        String wide = sentence.substring(Math.max(0, term[0] - 2 * Clauses.WINDOW), term[0]);
        int open = openParenthesis(wide);
        if (open >= 0 && OR_OPENING.matcher(wide.substring(open + 1)).lookingAt()) {
            // "ESP (or another technique as strong as IPsec AH)": what the parenthesis offers instead.
            return true;
        }
        Matcher after = OTHER_AFTER.matcher(sentence).region(term[1], Math.min(sentence.length(), term[1] + 80));
        if (after.lookingAt()
                && (after.group(1) == null
                        || !IpsecTerms.TERM.matcher(after.group(1)).matches())) {
            return true;
        }
        int previous = IpsecTerms.abbreviated(sentence, term[0]);
        int start = previous >= 0 ? previous : term[0];
        Matcher before = OTHER_BEFORE.matcher(sentence).region(Math.max(0, start - 60), start);
        return before.find()
                && (before.group(1) == null
                        || !IpsecTerms.TERM.matcher(before.group(1)).matches());
    }
}
