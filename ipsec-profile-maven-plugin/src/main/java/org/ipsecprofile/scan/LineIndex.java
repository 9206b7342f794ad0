package org.ipsecprofile.scan;

import java.util.Arrays;

/** Turns offsets in a text into 1-based lines and columns (a column counts characters, a tab as one). */
final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        lineStarts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts[line++] = i + 1;
            }
        }
    }

    /** The 1-based line of an offset. */
    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of an offset. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The text of lines {@code first} to {@code last} (1-based, inclusive). */
    String lines(int first, int last) {
        int from = lineStarts[first - 1];
        int to = last < lineStarts.length ? lineStarts[last] : text.length();
        return text.substring(from, to);
    }
}
