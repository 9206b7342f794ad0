package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 72-column fill of the text templates ({@code <@fill>}), as a reader of the text sees it. */
class TextFillTest {

    @Test
    void wordsAreSingleSpacedWhateverWhitespaceSeparatedThem() {
        assertThat(TextFill.fill("  one  two\tthree\n   four \n", 3, 3, 72)).containsExactly("   one two three four");
        assertThat(TextFill.fill("one  two\tthree\nfour ", 0, 0, 10)).containsExactly("one two", "three four");
    }

    @Test
    void emptyTextGivesNoLine() {
        assertThat(TextFill.fill("", 3, 3, 72)).isEmpty();
        assertThat(TextFill.fill(" \n\t ", 3, 6, 72)).isEmpty();
    }

    @Test
    void aHangingListItemFillsItsFirstLineToTheLastColumnAndIndentsTheRestFurther() {
        // "o " and 64 more characters: 69 after the 3-space indent, so the first line ends in column 72
        String first = "o " + "abcdefg ".repeat(8).trim() + " xyz";
        assertThat(3 + first.length()).isEqualTo(72);
        List<String> lines = TextFill.fill(first + " " + "word ".repeat(20), 3, 5, 72);
        assertThat(lines.get(0)).isEqualTo("   " + first);
        assertThat(lines.subList(1, lines.size()))
                .allSatisfy(line -> assertThat(line).startsWith("     w").hasSizeLessThanOrEqualTo(72));
        assertThat(lines.get(1)).hasSize(69); // 5 + 13 × "word " − 1: a 14th word would reach column 74
    }

    @Test
    void aWordLongerThanTheLineStandsAloneOnItsLine() {
        String url = "https://www.rfc-editor.org/rfc/rfc5406.html#section-8-and-a-little-more";
        assertThat(TextFill.fill("See " + url + " for the items.", 3, 3, 72))
                .containsExactly("   See", "   " + url, "   for the items.");
        assertThat(TextFill.fill(url + " then", 6, 3, 40)).containsExactly("      " + url, "   then");
    }

    @Test
    void everyTextIsFilledGreedilyWithinTheWidth() {
        Random random = new Random(5406);
        // The last three are not ASCII white space: they join the words on either side, by the rule too.
        String[] blanks = {
            " ", " ", " ", "  ", "\n", "\t", " \n   ", "\u000B", "\f", "\r\n", "\u00A0", "\u2028", "\u0001"
        };
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(40);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 && random.nextBoolean() ? "" : blanks[random.nextInt(blanks.length)]);
                int length = random.nextInt(10) == 0 ? 1 + random.nextInt(90) : 1 + random.nextInt(12);
                for (int c = 0; c < length; c++) {
                    text.append((char) ('a' + random.nextInt(26)));
                }
            }
            int indent = random.nextInt(12);
            int first = random.nextBoolean() ? indent : random.nextInt(12);
            int width = random.nextInt(4) == 0 ? 72 : 20 + random.nextInt(60);
            assertThat(TextFill.fill(text.toString(), first, indent, width))
                    .as("%s, first %d, indent %d, width %d", text, first, indent, width)
                    .isEqualTo(greedy(text.toString(), first, indent, width));
        }
    }

    /** The rule: each word on the current line if it fits (one space before it), else on a new one. */
    private static List<String> greedy(String text, int first, int indent, int width) {
        List<String> lines = new ArrayList<>();
        String line = null;
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line == null) {
                line = " ".repeat(first) + word;
            } else if (line.length() + 1 + word.length() <= width) {
                line += " " + word;
            } else {
                lines.add(line);
                line = " ".repeat(indent) + word;
            }
        }
        if (line != null) {
            lines.add(line);
        }
        return lines;
    }
}
