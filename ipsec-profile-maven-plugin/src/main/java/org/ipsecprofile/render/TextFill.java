package org.ipsecprofile.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fills text into lines of at most {@value #WIDTH} columns, the way RFC-style plain text is
 * laid out: words separated by single spaces, every line indented, the first one possibly by a
 * different amount (a hanging term). A word longer than the line stands alone on its line.
 */
final class TextFill {

    static final int WIDTH = 72;

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private TextFill() {}

    static List<String> fill(String text, int firstIndent, int indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ".repeat(firstIndent));
        boolean empty = true;
        for (String word : BLANKS.split(text.trim())) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(indent));
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        if (!empty) {
            lines.add(line.toString());
        }
        return lines;
    }
}
