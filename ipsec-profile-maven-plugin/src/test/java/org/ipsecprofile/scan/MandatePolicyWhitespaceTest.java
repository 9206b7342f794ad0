package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written white-space collapse gives exactly what the regular expression it replaced gave. */
class MandatePolicyWhitespaceTest {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    @Test
    void collapsesWhiteSpaceRunsExactlyAsTheRegularExpressionDid() {
        Random random = new Random(5406);
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2029', '.', 'M'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String input = text.toString();
            assertThat(MandatePolicy.collapseWhitespace(input))
                    .as("%s", input)
                    .isEqualTo(WHITESPACE.matcher(input).replaceAll(" "));
        }
    }
}
