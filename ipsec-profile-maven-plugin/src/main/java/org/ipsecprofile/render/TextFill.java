package org.ipsecprofile.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.text.WordUtils;

/**
 * Fills text into lines of at most {@value #WIDTH} columns, the way RFC-style plain text is
 * laid out: words separated by single spaces, every line indented, the first one possibly by a
 * different amount (a hanging term). A word longer than the line stands alone on its line.
 *
 * <p>Where the lines break is decided by commons-text's {@link WordUtils#wrap(String, int,
 * String, boolean)} (breaking at spaces, {@code wrapLongWords} false, so a long word stands
 * alone and overflows as it did). On text of single-spaced words it breaks exactly where a greedy
 * fill does (the former hand-written fill and this one gave the same lines for 300,000 random
 * texts; {@code TextFillTest} holds the rule on random texts). Two things it does not do are kept
 * here, in our code:
 *
 * <ul>
 *   <li><b>Whitespace.</b> {@code wrap} breaks only at spaces and passes every other character
 *       through: {@code wrap("one  two\tthree\nfour ", 10, "\n", false)} gives
 *       {@code "one \ntwo\tthree\nfour\n"} (a space left at the end of the first line, the tab
 *       and the newline kept, an empty line at the end), where the fill must give
 *       {@code "one two", "three four"}; with {@code wrapOn = "\\s+"} it still keeps
 *       {@code "one  two"} with its two spaces. A template body is whitespace-separated words
 *       over several lines, so the text is first split at runs of whitespace and joined with
 *       single spaces, as before; empty text gives no line (where {@code wrap} gives one empty
 *       line).
 *   <li><b>The first line's width.</b> {@code wrap} has one width for all lines. A list item,
 *       {@code <@fill first=3 indent=5>o …</@fill>}, may fill its first line to column 72 (69
 *       columns after its indent) but its later lines only to column 72 after 5 spaces (67
 *       columns): one call with 67 ends an item's first line by column 70 where it used to run to
 *       71 or 72, one with 69 runs later lines to column 74. So when the two indents differ the
 *       first line is taken from a call with its own width and the rest is wrapped with the
 *       later lines' width.
 * </ul>
 */
final class TextFill {

    static final int WIDTH = 72;

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private TextFill() {}

    static List<String> fill(String text, int firstIndent, int indent, int width) {
        // single-spaced words: WordUtils breaks only at spaces and keeps other whitespace
        String words = String.join(" ", BLANKS.split(text.trim()));
        List<String> lines = new ArrayList<>();
        if (words.isEmpty()) {
            return lines;
        }
        String wrapped = WordUtils.wrap(words, width - firstIndent, "\n", false);
        int firstEnd = wrapped.indexOf('\n');
        if (firstEnd < 0) {
            lines.add(" ".repeat(firstIndent) + wrapped);
            return lines;
        }
        lines.add(" ".repeat(firstIndent) + wrapped.substring(0, firstEnd));
        // the break replaced the space at firstEnd, so the other words start after it
        String rest = firstIndent == indent
                ? wrapped.substring(firstEnd + 1)
                : WordUtils.wrap(words.substring(firstEnd + 1), width - indent, "\n", false);
        String margin = " ".repeat(indent);
        int start = 0;
        for (int end = rest.indexOf('\n'); end >= 0; end = rest.indexOf('\n', start)) {
            lines.add(margin + rest.substring(start, end));
            start = end + 1;
        }
        lines.add(margin + rest.substring(start));
        return lines;
    }
}
