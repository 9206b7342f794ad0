package org.ipsecprofile.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requirement words of a sentence, the first reading of {@link MandatePolicy}. In upper case a
 * BCP 14 keyword: MUST, SHALL, SHOULD, REQUIRED and RECOMMENDED make a mandate, reported as an
 * error. In lower case (RFC 8174 Section 2: plain English, not BCP 14) "must", "shall", "should",
 * and "required", "recommended" or "mandatory" after "is", "are" or "be" ("is mandatory", "is
 * mandatory-to-implement", "is required", "is made mandatory"), "are advised to" and "require(s)
 * (the) use of" (not after a negation or a modal): a mandate too, reported as a warning, when the
 * sentence holds no upper-case requirement (a sentence with MUST, SHOULD, … is read by its BCP 14
 * keywords, RFC 8174). MAY, OPTIONAL, "may" and "is optional" permit IPsec without relying on it.
 * A negated word (MUST NOT, "MUST not", "should not", "is not required", …) is a prohibition. A
 * keyword in quotes is a mention of the keyword, and so is one alone in parentheses ("(MUST)");
 * one after "state that" or "say that" is reported speech (reaching 14 words after it).
 *
 * <p>A sentence that would be flagged has its words read once more, closely ({@code vetted}): a
 * keyword after an article is a noun ("lowered to a SHOULD", "be a MUST implement"), unless it is
 * the level something is made ("makes IPsec support a SHOULD") or REQUIRED/RECOMMENDED before a
 * noun ("the RECOMMENDED mechanism"); one after "as" is a reference ("as RECOMMENDED"); a keyword
 * before a verb of saying or believing governs a statement ("SHOULD NOT merely say that", "SHOULD
 * not expect"), and "SHOULD not" in lower case is a prohibition; an opening that gives another
 * document as the source ("As required in [X], …", "According to [X], …", not "… in this
 * document" or "in Section 4") reports its requirement, and so does a clause that ends by giving
 * one ("… should be protected by ESP according to the Widget specifications", "…, as required by
 * [X]"; not "according to the IPsec specifications", which says how). After a BCP 14 prohibition, a plain
 * "should" after "rather" is read too ("MUST NOT sign, but rather should rely on IPsec").
 */
final class RequirementWords {

    private RequirementWords() {}

    /** The lookahead on the first letter only lets most positions fail at once; it matches nothing more or less. */
    private static final Pattern KEYWORD = Pattern.compile(
            "(?=[NMSRO])\\b(NOT\\s+)?(MUST|SHALL|SHOULD|REQUIRED|RECOMMENDED|MAY|OPTIONAL)\\b(\\s+NOT\\b)?");

    /** Adverbs that may stand between a form of "be" and a requirement word ("is therefore required"). */
    static final String ADVERBS = "(?:(?:also|therefore|hence|thus|then|strongly|highly|always|generally"
            + "|absolutely|currently|now|still|explicitly)\\s+)*";

    /** Plain-English requirement words: modal verbs, and adjectives after a form of "be". */
    private static final Pattern PLAIN_KEYWORD = Pattern.compile("(?=[msrbiawo])\\b(?:(must|shall|should|may)(\\s+not)?"
            + "|(?:is|are|be|been|being|was|were)\\s+" + ADVERBS + "(not\\s+)?" + ADVERBS
            + "(?:made\\s+)?(?:(?:a|an|the)\\s+)?(required|recommended|mandatory|optional|advised\\s+to)"
            + "|(requires?)\\s+(?:the\\s+)?(?:use|usage)\\s+of)\\b");

    private static final Pattern REPORTED =
            Pattern.compile("\\b(?:states?|stating|says?|saying|claims?|claiming)\\s+that\\s+(?:\\w+\\W+){0,14}$");

    /** An opening that attributes what follows to another document: "As required in [X], …", "According to [X], …". */
    private static final Pattern REPORTED_OPENING = Pattern.compile(
            "^\\W*(?i:as\\s+(?:required|mandated|stated|specified)"
                    + "\\s+(?:in|by)|according\\s+to|as\\s+per)\\s+(?!(?i:this|the\\s+present|sections?|below|above|here)\\b)[^,;]{1,60},");

    /**
     * After a keyword, in its clause: a phrase that gives another document as the source of the
     * requirement ("… should be protected by ESP according to the Widget specifications", "… as
     * required by [X]"). "According to" counts only with a specification, standard or document
     * that is not named after IPsec ("according to the IPsec specifications" says how, not whose).
     */
    private static final Pattern REPORTED_AFTER = Pattern.compile(
            "\\b(?i:according\\s+to\\s+(?:the\\s+|its\\s+)?"
                    + "(?!(?:this|these|the\\s+present)\\b)(?:[\\w/.-]+\\s+){0,4}?(?:specifications?|standards?|documents?)\\b"
                    + "|as\\s+(?:required|mandated)\\s+(?:by|in)\\s+(?!(?:this|the\\s+present|sections?|below|above|here)\\b))");

    /** After a keyword: a verb of saying or believing ("SHOULD NOT simply state that", "SHOULD not assume"). */
    private static final Pattern STATEMENT = Pattern.compile(
            "^\\s+(?:(?:NOT|not|simply|merely|just|ever|\\w+ly)\\s+)*(?:state|say|claim|assume|presume|expect|believe"
                    + "|suppose|conclude|imply)\\b");

    /** Before a plain "should": "rather", continuing a BCP 14 prohibition ("MUST NOT …, but rather should …"). */
    private static final Pattern RATHER_BEFORE = Pattern.compile("\\brather\\s+$");

    /** Before a keyword: "as", which makes it a reference to a requirement ("use of ESP, as RECOMMENDED, makes …"). */
    private static final Pattern AS_BEFORE = Pattern.compile("(?i:\\bas\\s+)$");

    /** "making support of IPsec a SHOULD": the keyword as a noun sets the level of what is made so. */
    private static final Pattern MADE_BEFORE = Pattern.compile("\\b(?i:ma(?:ke|kes|king|de))\\b[^,;]*$");

    /** "the RECOMMENDED mechanism": REQUIRED or RECOMMENDED before a noun is an adjective, not a noun. */
    private static final Pattern ATTRIBUTIVE = Pattern.compile("(?:REQUIRED|RECOMMENDED)\\s+"
            + "(?!(?:in|for|to|of|on|at|by|with|and|or|but|level|keyword|requirement|status)\\b)[a-z][a-z-]+");

    /** Before "require": a negation or a modal ("does not require", "may require the use of IPsec" require nothing). */
    private static final Pattern NEGATED_BEFORE =
            Pattern.compile("(?:\\bnot|n't|\\bnever|\\bmay|\\bmight|\\bcan|\\bcould|\\bwould)\\s+$");

    /** Before a keyword: an article, which makes the keyword a noun ("downgraded to a SHOULD", "be a MUST implement"). */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i:\\b(?:a|an|the)\\s+)$");

    /** What a requirement word does: requires, forbids or permits. */
    enum Force {
        MANDATE,
        PROHIBITION,
        PERMISSION
    }

    /** A requirement word at {@code start}..{@code end} of the sentence, as written, BCP 14 (upper case) or plain English. */
    record Keyword(int start, int end, String word, Force force, boolean bcp14) {}

    private static final String[] PLAIN_CUES = {
        "must", "shall", "should", "require", "recommended", "mandatory", "advised"
    };

    /** A cheap test before {@link #PLAIN_KEYWORD}: could the sentence hold a plain-English requirement word? */
    static boolean mayHoldPlainKeyword(String sentence) {
        for (String cue : PLAIN_CUES) {
            if (sentence.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The requirement words of the sentence. {@code vetted} reads them more closely, for a sentence
     * that would be flagged: a keyword after an article is a noun ("to a SHOULD"), one before a verb
     * of saying or believing governs a statement ("SHOULD NOT simply state that", "SHOULD not
     * assume"), one after an opening that attributes the sentence to another document ("As
     * required in [X], …") is reported, and "SHOULD not" is a prohibition; after a BCP 14
     * prohibition, a plain "should" that follows "rather" is read too ("MUST NOT include X, but
     * rather should rely on IPsec").
     */
    static List<Keyword> keywords(String sentence, boolean vetted) {
        List<Keyword> result = new ArrayList<>();
        Matcher m = KEYWORD.matcher(sentence);
        while (m.find()) {
            if (quoted(sentence, m.start(2), m.end(2))
                    || quoted(sentence, m.start(), m.end())
                    || reported(sentence, m.start())) {
                continue;
            }
            if (vetted
                    && (noun(sentence, m.start())
                            || referenced(sentence, m.start())
                            || statement(sentence, m.end())
                            || reportedOpening(sentence, m.start())
                            || reportedAfter(sentence, m.end()))) {
                continue;
            }
            String word = m.group(2);
            Force force;
            if (m.group(1) != null || m.group(3) != null || vetted && lowerNot(sentence, m.end())) {
                force = Force.PROHIBITION;
            } else if (word.equals("MAY") || word.equals("OPTIONAL")) {
                force = Force.PERMISSION;
            } else {
                force = Force.MANDATE;
            }
            int end = m.group(3) == null && vetted && lowerNot(sentence, m.end()) ? m.end() + 4 : m.end();
            result.add(new Keyword(m.start(), end, sentence.substring(m.start(), end), force, true));
        }
        boolean bcp14 = requires(result);
        if (bcp14 && !sentence.contains("rather") || !mayHoldPlainKeyword(sentence)) {
            // A sentence with a BCP 14 requirement is read by its BCP 14 keywords (RFC 8174).
            return result;
        }
        Matcher p = PLAIN_KEYWORD.matcher(sentence);
        while (p.find()) {
            int group = p.group(1) != null ? 1 : p.group(4) != null ? 4 : 5;
            String word = p.group(group);
            int start = p.start(group);
            if (quoted(sentence, start, start + word.length()) || reported(sentence, p.start())) {
                continue;
            }
            if (vetted
                    && (statement(sentence, p.end())
                            || reportedOpening(sentence, p.start())
                            || reportedAfter(sentence, p.end()))) {
                continue;
            }
            if (bcp14
                    && !RATHER_BEFORE
                            .matcher(sentence.substring(Math.max(0, start - 12), start))
                            .find()) {
                continue;
            }
            Force force;
            if (p.group(2) != null || p.group(3) != null) {
                force = Force.PROHIBITION;
            } else if (word.equals("may")
                    || word.equals("optional")
                    || group == 5
                            && NEGATED_BEFORE
                                    .matcher(sentence.substring(Math.max(0, start - 10), start))
                                    .find()) {
                // "does not require the use of IPsec" requires nothing.
                force = Force.PERMISSION;
            } else {
                force = Force.MANDATE;
            }
            result.add(new Keyword(p.start(), p.end(), p.group(), force, false));
        }
        result.sort(java.util.Comparator.comparingInt(Keyword::start));
        return result;
    }

    /** True when one of the keywords makes a mandate or a prohibition, not only a permission. */
    static boolean requires(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (k.force() != Force.PERMISSION) {
                return true;
            }
        }
        return false;
    }

    /** A keyword after an article is a noun: "downgraded to a SHOULD", "AH should be a MUST implement". */
    private static boolean noun(String s, int start) {
        return ARTICLE_BEFORE
                        .matcher(s.substring(Math.max(0, start - 5), start))
                        .find()
                && !ATTRIBUTIVE.matcher(s).region(start, s.length()).lookingAt()
                && !MADE_BEFORE
                        .matcher(s.substring(Math.max(0, start - 100), start))
                        .find();
    }

    /** "as RECOMMENDED", "as REQUIRED in Section 5": the keyword refers to a requirement made elsewhere. */
    private static boolean referenced(String s, int start) {
        return AS_BEFORE.matcher(s.substring(Math.max(0, start - 4), start)).find();
    }

    /** A keyword before a verb of saying or believing governs a statement, not traffic ("SHOULD not assume it"). */
    private static boolean statement(String s, int end) {
        return STATEMENT.matcher(s).region(end, Math.min(s.length(), end + 40)).lookingAt();
    }

    /** "As required in [X], …", "According to [X], …": the sentence reports another document's requirement. */
    private static boolean reportedOpening(String s, int start) {
        Matcher m = REPORTED_OPENING.matcher(s);
        return m.lookingAt() && m.end() <= start;
    }

    /**
     * "… should be protected by ESP according to the Widget specifications": the keyword's clause
     * (up to a semicolon or the next requirement word) ends by giving another document as the
     * source of its requirement, so the sentence reports it.
     */
    private static boolean reportedAfter(String s, int end) {
        int to = s.indexOf(';', end);
        to = to < 0 ? s.length() : to;
        Matcher next = KEYWORD.matcher(s).region(end, to);
        if (next.find()) {
            to = next.start();
        }
        Matcher reported = REPORTED_AFTER.matcher(s).region(end, to);
        while (reported.find()) {
            if (!IpsecTerms.TERM
                    .matcher(s)
                    .region(reported.start(), reported.end())
                    .find()) {
                return true;
            }
        }
        return false;
    }

    /** "SHOULD not": a BCP 14 keyword negated in lower case is a prohibition all the same. */
    private static boolean lowerNot(String s, int end) {
        return s.startsWith(" not", end) && (end + 4 == s.length() || !Character.isLetter(s.charAt(end + 4)));
    }

    /** True when the keyword at {@code start} is reported speech: "… SHOULD NOT simply state that IPsec must be used". */
    private static boolean reported(String s, int start) {
        String before = s.substring(Math.max(0, start - 100), start);
        return before.contains("that")
                && REPORTED.matcher(before.toLowerCase(Locale.ROOT)).find();
    }

    /** A keyword in quotes, or alone in parentheses ("mandatory-to-implement (MUST)"), is a mention of it. */
    private static boolean quoted(String s, int start, int end) {
        if (start > 0 && end < s.length() && s.charAt(start - 1) == '(' && s.charAt(end) == ')') {
            return true;
        }
        return (start > 0 && isQuote(s.charAt(start - 1))) || (end < s.length() && isQuote(s.charAt(end)));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** The plain-English requirement words that need a verb of use after them ("must use", "are advised to use"). */
    static final Pattern MODAL = Pattern.compile("(?i:must|shall|should|.*\\badvised\\s+to)");

    private static final String[] MANDATE_WORDS = {"MUST", "SHALL", "SHOULD", "REQUIRED", "RECOMMENDED"};

    /**
     * The offsets, in order, of the upper-case keywords that can make a mandate (MUST, SHALL,
     * SHOULD, REQUIRED, RECOMMENDED, their negations included). Only sentences holding one, or
     * naming an IPsec term ({@link IpsecTerms#positions}) beside a plain-English requirement word, can
     * require IPsec, so the scan looks at those alone; {@code indexOf} finds them far faster than
     * a regular expression for the IPsec terms could.
     */
    static int[] positions(String text) {
        return WordStarts.in(text, MANDATE_WORDS, true);
    }

    /**
     * After a plain-English "must", "shall" or "should": a requirement to use, support or
     * implement something, or to be used, supported, protected … ("the initiator must quickly
     * change to port 4500" is ordinary English about something else).
     */
    static final Pattern PLAIN_USE =
            Pattern.compile("\\s+(?:(?:also|always|only|then|thus|therefore|\\w+ly)\\s+)*(?:be\\s+able\\s+to\\s+)?"
                    + "(?:use|support|implement|employ|apply|deploy|protect|secure|run|contain|include"
                    + "|(?:have|carry)\\s+(?:an?\\s+|the\\s+)?(?=ipsec|esp\\b|ah\\b|ike)"
                    + "|rely\\s+(?:up)?on"
                    + "|be\\s+(?:(?:\\w+ly|also|always|only)\\s+)*(?:used|supported|implemented|employed|applied|deployed"
                    + "|protected|secured|authenticated|encrypted|made|run|provided|established|enabled|available|defined"
                    + "|carried|sent|transmitted|exchanged|negotiated|set\\s+up))\\b");
}
