package org.ipsecprofile.scan;

import java.util.Locale;
import java.util.Set;

/**
 * Where the sentence around a position of {@link Prose} text starts and ends. A sentence ends
 * at a block boundary ({@link Prose#BREAK}) or at {@code .}, {@code !} or {@code ?} followed by
 * white space (after any closing quote or bracket), unless the next word starts with a lower-case
 * letter (and is not a name whose next letter is upper case, such as {@code iSCSI}) or the period
 * ends an abbreviation ({@code e.g.}, {@code i.e.}, {@code cf.}, an initial).
 * Line breaks inside a paragraph do not end sentences.
 */
final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "cf", "vs", "sec", "fig", "no", "al", "approx", "resp", "ref", "refs", "eq", "viz", "mr",
            "ms", "dr", "st", "p", "pp", "vol", "ed", "eds");

    private Sentences() {}

    /** The index of the first character (not white space) of the sentence holding {@code index}. */
    static int start(String text, int index) {
        int k = index - 1;
        int start = 0;
        while (k >= 0) {
            char c = text.charAt(k);
            if (c == Prose.BREAK || ((c == '.' || c == '!' || c == '?') && endsSentence(text, k))) {
                start = k + 1;
                break;
            }
            k--;
        }
        while (start < index && isSkippable(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The index just past the end of the sentence holding {@code index}. */
    static int end(String text, int index) {
        for (int k = index; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == Prose.BREAK) {
                return k;
            }
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, k)) {
                return k + 1;
            }
        }
        return text.length();
    }

    /** True when the punctuation at {@code k} ends a sentence. */
    static boolean endsSentence(String text, int k) {
        int n = text.length();
        int j = k + 1;
        while (j < n && isClosing(text.charAt(j))) {
            j++;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != Prose.BREAK) {
            return false;
        }
        while (j < n && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j < n && Character.isLowerCase(text.charAt(j)) && !isName(text, j)) {
            return false;
        }
        if (text.charAt(k) != '.') {
            return true;
        }
        int w = k;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, k);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * True when the word at {@code j} starts lower case but is a name, its next letter upper case
     * ({@code iSCSI}, {@code eBGP}): a sentence may start with it.
     */
    private static boolean isName(String text, int j) {
        return j + 1 < text.length() && Character.isUpperCase(text.charAt(j + 1));
    }

    private static boolean isClosing(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019';
    }

    private static boolean isSkippable(char c) {
        return Character.isWhitespace(c) || isClosing(c);
    }
}
