package org.ipsecprofile.scan;

import java.util.Arrays;

/** Where given words start words of a text, found by {@code indexOf}: the scan's cheap first look. */
final class WordStarts {

    private WordStarts() {}

    /**
     * The offsets, in order, where one of {@code words} starts a word of {@code text} (and, with
     * {@code wholeWord}, also ends one), found by {@code indexOf}.
     */
    static int[] in(String text, String[] words, boolean wholeWord) {
        int[] found = new int[16];
        int count = 0;
        for (String word : words) {
            int from = 0;
            while (true) {
                int at = text.indexOf(word, from);
                if (at < 0) {
                    break;
                }
                from = at + word.length();
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                boolean endsWord = from == text.length() || !Character.isLetterOrDigit(text.charAt(from));
                if (startsWord && (endsWord || !wholeWord)) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = at;
                }
            }
        }
        int[] result = Arrays.copyOf(found, count);
        Arrays.sort(result);
        return result;
    }
}
