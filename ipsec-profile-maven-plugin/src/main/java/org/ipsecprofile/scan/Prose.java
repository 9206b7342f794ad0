package org.ipsecprofile.scan;

import java.util.Arrays;

/**
 * The running text of a draft as a reader sees it: markup, comments, code and other text
 * that is not prose left out, with every character remembering the offset in the source it
 * came from, so a sentence found here can be reported at its line and column in the file.
 * {@link #BREAK} marks where a block ends (a paragraph, heading, list item or table cell):
 * no sentence runs across it.
 */
final class Prose {

    /** Ends every sentence: a block boundary. */
    static final char BREAK = '\u2029';

    private char[] text;
    private int[] source;
    private int length;

    Prose(int capacity) {
        text = new char[Math.max(16, capacity)];
        source = new int[text.length];
    }

    void append(char c, int sourceOffset) {
        if (length == text.length) {
            text = Arrays.copyOf(text, length * 2);
            source = Arrays.copyOf(source, length * 2);
        }
        text[length] = c;
        source[length] = sourceOffset;
        length++;
    }

    /** Text that stands for something in the source (an {@code xref} as {@code [RFC4301]}), all at one offset. */
    void appendSynthetic(String s, int sourceOffset) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i), sourceOffset);
        }
    }

    /** Separates words where something was left out, without doubling spaces. */
    void space(int sourceOffset) {
        if (length > 0 && !Character.isWhitespace(text[length - 1]) && text[length - 1] != BREAK) {
            append(' ', sourceOffset);
        }
    }

    /** Ends the current block. */
    void hardBreak(int sourceOffset) {
        if (length > 0 && text[length - 1] != BREAK) {
            append(BREAK, sourceOffset);
        }
    }

    int length() {
        return length;
    }

    String text() {
        return new String(text, 0, length);
    }

    int sourceOffset(int index) {
        return source[index];
    }
}
