package org.ipsecprofile.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §5, "the words live in the templates": no string literal of seven words or more in the
 * plugin's Java code appears in the rendered BGP example (its golden files, every format). A
 * sentence the draft receives is in a wording template, where a project can override it. The
 * bibliographic data of the reference library ({@code render/refs}: RFC titles and authors) is
 * data, not wording, and is left out.
 */
class WordsLiveInTemplatesTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path BIBLIOGRAPHY = MAIN.resolve("org/ipsecprofile/render/refs");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/bgp");
    private static final int WORDS = 7;

    /** A Java string literal: quotes around characters that are not quotes or line ends, or escapes. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void noSentenceOfTheRenderedExampleIsAJavaStringLiteral() throws IOException {
        String rendered = normalized(goldenText());
        List<String> inJava = sentencesInJava(literalsOf(MAIN), rendered);

        assertThat(rendered).contains("ipsec profile for bgp-4");
        assertThat(inJava)
                .as("sentences of the BGP example written in Java code")
                .isEmpty();
    }

    @Test
    void aSentenceOfTheExampleWrittenInJavaIsFound(@TempDir Path code) throws IOException {
        Files.writeString(
                code.resolve("Writer.java"),
                "class Writer { String s = \"Security associations (SAs) of this profile \" + must()"
                        + " + \" use transport mode.\"; String t = \"in a Java \\\"string\\\" literal\"; }");

        List<String> literals = literalsOf(code);

        assertThat(literals)
                .containsExactly(
                        "Security associations (SAs) of this profile ",
                        " use transport mode.",
                        "in a Java \"string\" literal");
        assertThat(sentencesInJava(List.of("of the traffic that its selectors describe and other words"), ""))
                .isEmpty();
        String rendered = normalized(goldenText());
        assertThat(sentencesInJava(List.of("IPsec protects traffic only between the two endpoints"), rendered))
                .hasSize(1);
    }

    private static List<String> sentencesInJava(List<String> literals, String rendered) {
        List<String> inJava = new ArrayList<>();
        for (String literal : literals) {
            String words = normalized(literal);
            if (words.split(" ").length >= WORDS && rendered.contains(words)) {
                inJava.add(literal);
            }
        }
        return inJava;
    }

    private static List<String> literalsOf(Path root) throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(BIBLIOGRAPHY))
                    .toList()) {
                Matcher matcher = LITERAL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    literals.add(matcher.group(1).replace("\\n", " ").replace("\\\"", "\""));
                }
            }
        }
        return literals;
    }

    private static String goldenText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    /** Lower case, markup and line breaks gone, words separated by single spaces. */
    private static String normalized(String text) {
        return text.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
