package org.ipsecprofile.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lines a SARIF region ends in: broken at CR LF, CR or LF, as a reader of the file counts them. */
class SourceLinesTest {

    @Test
    void aFileIsBrokenIntoLinesAtEachKindOfLineEnd() {
        assertThat(SourceLines.lines("a\r\nb\rc\nd")).containsExactly("a", "b", "c", "d");
        assertThat(SourceLines.lines("a\n")).containsExactly("a", "");
        assertThat(SourceLines.lines("\n\r\n\r")).containsExactly("", "", "", "");
        assertThat(SourceLines.lines("")).containsExactly("");
    }

    @Test
    void anyTextGivesTheLinesOfTheRuleOfLineEnds() {
        Random random = new Random(5406);
        String[] pieces = {"a", "bc", " ", "\r", "\n", "\r\n", "\n\r", "\u2028", "\u0085", "é"};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThat(SourceLines.lines(text.toString()))
                    .as("%s", text)
                    .isEqualTo(List.of(text.toString().split("\r\n|\r|\n", -1)));
        }
    }
}
