package org.ipsecprofile.scan;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IPsec terms of a sentence, a reading of {@link MandatePolicy}: {@code IPsec} (any case),
 * {@code ESP}, {@code AH}, {@code IKE}, {@code IKEv1} and {@code IKEv2} as upper-case words,
 * "Encapsulating Security Payload", "IP Authentication Header", "Internet Key Exchange" (with
 * "Protocol" and "Version 1" or "2" after it, one name), or a
 * citation of RFC 2401, 2402, 2406, 2409, 4301, 4302, 4303, 4306, 5996 or 7296 in any of the forms
 * drafts use ({@code [RFC4301]}, {@code <xref target="RFC4301"/>}, {@code {{RFC4301}}},
 * {@code {{!RFC4301}}}, "RFC 4301"). A term is not counted when a hyphen joins it to the word
 * before ("non-ESP", "AES-GCM-ESP", "NAT-IPsec").
 */
final class IpsecTerms {

    private IpsecTerms() {}

    /** The words that say "IPsec" in a sentence. */
    static final Pattern TERM = Pattern.compile("(?=[IiEAR])(?:(?i:\\bipsec\\b)|\\bESP\\b|\\bAH\\b|\\bIKE(?:v[12])?\\b"
            + "|\\bEncapsulating\\s+Security\\s+Payload\\b|\\bIP\\s+Authentication\\s+Header\\b"
            + "|\\bInternet\\s+Key\\s+Exchange(?:\\s+[Pp]rotocol)?(?:\\s+[Vv]ersion\\s+[12])?\\b"
            + "|\\bRFC[\\s-]?(?:2401|2402|2406|2409|4301|4302|4303|4306|5996|7296)\\b)");

    /**
     * The short names of IPsec and its parts, as a regular expression that keeps its own case
     * whatever flags the pattern around it sets: how a condition names IPsec ("If IPsec is used").
     */
    static final String SHORT_NAME = "(?-i:IPsec|IPSec|IPSEC|IP [Ss]ecurity|ESP|AH|IKE(?:v[12])?)";

    /** After {@link #SHORT_NAME} and a few words: the verb of a condition that it is in use ("is being used"). */
    static final String IS_IN_USE = "\\b(?:is|are)\\s+(?:being\\s+)?(?:used|implemented|supported|employed|in\\s+use"
            + "|present|applied|enabled|negotiated|deployed)\\b";

    /** Every word {@link #TERM} matches holds one of these ("IP" for IPsec, IPSEC and IP Authentication Header). */
    private static final String[] TERM_CUES = {
        "IP", "psec", "PSEC", "ESP", "AH", "IKE", "RFC", "Encapsulating", "Internet"
    };

    /** A cheap test before {@link #TERM}: could the text hold one of its words at all? */
    static boolean mayNameIpsec(String text) {
        for (String cue : TERM_CUES) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] TERM_STARTS = {"IPsec", "IPSec", "IPSEC", "IKE", "ESP"};

    /**
     * The offsets, in order, where "IPsec", "IPSec", "IPSEC", "IKE" (IKEv1, IKEv2) or "ESP" starts
     * a word. A sentence without an upper-case
     * requirement keyword can still require IPsec in plain English ("IKEv2 must be used"); the
     * scan looks for the plain-English words ({@link RequirementWords#mayHoldPlainKeyword}) only in the sentences
     * around these offsets, five {@code indexOf} passes over the text for words that are rare in
     * other prose (a plain-English requirement of AH alone, of "ipsec" in lower case, or of IPsec
     * only by citation, is not looked for).
     */
    static int[] positions(String text) {
        return WordStarts.in(text, TERM_STARTS, false);
    }

    /** "non-ESP", "AES-GCM-ESP", "NAT-IPsec": the term is part of a compound that is not IPsec itself. */
    static boolean nonPrefixed(String lower, int[] term) {
        return term[0] >= 1 && lower.charAt(term[0] - 1) == '-';
    }

    /**
     * Where the term that {@code start}'s term abbreviates or cites starts ("the Internet Key
     * Exchange (IKE) [RFC2409]": from RFC2409 or IKE back to Internet; "IPsec ([RFC4301])": from
     * RFC4301 back to IPsec), or -1.
     */
    static int abbreviated(String sentence, int start) {
        int first = -1;
        int at = start;
        while (at > 0 && (sentence.charAt(at - 1) == '(' || sentence.charAt(at - 1) == '[')) {
            int end = at - 1;
            while (end > 0
                    && (Character.isWhitespace(sentence.charAt(end - 1))
                            || sentence.charAt(end - 1) == ')'
                            || sentence.charAt(end - 1) == ']'
                            || sentence.charAt(end - 1) == '(' && sentence.charAt(end) == '[')) {
                end--;
            }
            Matcher t = TERM.matcher(sentence).region(Math.max(0, end - 40), end);
            int found = -1;
            while (t.find()) {
                if (t.end() == end) {
                    found = t.start();
                }
            }
            if (found < 0) {
                break;
            }
            first = found;
            at = found;
        }
        return first;
    }
}
