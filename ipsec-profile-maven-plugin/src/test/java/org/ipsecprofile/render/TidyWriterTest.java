package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The tidying every rendered output goes through, however the template engine splits its writes. */
class TidyWriterTest {

    private static final String[] PIECES = {
        "a", "bc", " ", "\t", "\r", "\n", "\r\n", "\u000B", "é", "\uD83D\uDE00", "<t>", "  \n", "\u00A0"
    };

    @Test
    void tidiesLineEndsTrailingBlanksAndTheEnd() throws IOException {
        assertThat(tidy("a \t\r\nb\rc  \n\n \t\n", 3)).isEqualTo("a\nb\nc\n");
        assertThat(tidy("  x  y  ", 1)).isEqualTo("  x  y\n");
        assertThat(tidy(" \n\t\r\n", 2)).isEmpty();
        assertThat(tidy("", 1)).isEmpty();
    }

    @Test
    void aLongTextReachesTheWriterBelowWholeInAFewLargeWrites() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("word").append(i % 10 == 9 ? " \n" : " ");
        }
        AtomicInteger writes = new AtomicInteger();
        StringWriter below = new StringWriter() {
            @Override
            public StringWriter append(CharSequence chars) {
                writes.incrementAndGet();
                return super.append(chars);
            }

            @Override
            public void write(String str, int off, int len) {
                writes.incrementAndGet();
                super.write(str, off, len);
            }

            @Override
            public void write(int c) {
                writes.incrementAndGet();
                super.write(c);
            }
        };
        TidyWriter tidy = new TidyWriter(below);
        for (String word : text.toString().split("(?<= )")) {
            tidy.write(word);
        }
        tidy.finish();

        assertThat(below.toString())
                .isEqualTo(text.toString().replace(" \n", "\n").stripTrailing() + "\n");
        assertThat(writes).as("writes below, for %d characters", text.length()).hasValueLessThan(30);
    }

    @Test
    void aCarriageReturnAndLineFeedSplitAcrossWritesIsOneLineEnd() throws IOException {
        StringWriter out = new StringWriter();
        TidyWriter tidy = new TidyWriter(out);
        tidy.write("a\r");
        tidy.write("\nb");
        tidy.finish();
        assertThat(out).hasToString("a\nb\n");
    }

    @Test
    void anySplitOfTheTextGivesTheSameResultAsTheRule() throws IOException {
        Random random = new Random(5406);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String input = text.toString();
            assertThat(tidy(input, 1 + random.nextInt(7)))
                    .as(
                            "tidy(%s)",
                            input.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"))
                    .isEqualTo(rule(input));
        }
    }

    /** Writes {@code text} in pieces of at most {@code chunk} characters, alternating the three write methods. */
    private static String tidy(String text, int chunk) throws IOException {
        StringWriter out = new StringWriter();
        TidyWriter tidy = new TidyWriter(out);
        int call = 0;
        for (int start = 0; start < text.length(); start += chunk) {
            int end = Math.min(text.length(), start + chunk);
            switch (call++ % 3) {
                case 0 -> tidy.write(text, start, end - start);
                case 1 -> tidy.write(text.toCharArray(), start, end - start);
                default -> {
                    for (int i = start; i < end; i++) {
                        tidy.write(text.charAt(i));
                    }
                }
            }
        }
        tidy.finish();
        return out.toString();
    }

    /** The tidying rule stated on whole text: LF line ends, no blanks or tabs before them, nothing blank at the end. */
    private static String rule(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \t]+\n", "\n");
        int end = lines.length();
        while (end > 0 && Character.isWhitespace(lines.charAt(end - 1))) {
            end--;
        }
        return end == 0 ? "" : lines.substring(0, end) + "\n";
    }
}
