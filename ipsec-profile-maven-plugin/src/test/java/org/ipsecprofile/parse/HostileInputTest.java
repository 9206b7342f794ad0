package org.ipsecprofile.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.ipsecprofile.check.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input too big, too deep, too clever or in the wrong encoding: each gives exactly one clear
 * finding, fast, and nothing escapes the parser. The inputs are generated here rather than kept
 * as (huge or binary) files in the corpus.
 */
class HostileInputTest {

    private static final String MINIMAL = DescriptorParserTest.minimal();

    private final DescriptorParser parser = new DescriptorParser();

    private Finding onlyFinding(byte[] content) {
        ParsedDescriptor parsed = assertTimeoutPreemptively(
                Duration.ofSeconds(2), () -> parser.parse(content, "src/main/ipsec/hostile.yaml"));
        assertThat(parsed.profile()).isNull();
        assertThat(parsed.problems()).hasSize(1);
        Finding finding = parsed.problems().get(0);
        assertThat(finding.rule()).isEqualTo("descriptor");
        assertThat(finding.file()).isEqualTo("src/main/ipsec/hostile.yaml");
        return finding;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A valid descriptor padded with a trailing comment to exactly {@code size} bytes. */
    private static byte[] paddedTo(int size) {
        StringBuilder text = new StringBuilder(MINIMAL).append('#');
        text.append("x".repeat(size - text.length()));
        return utf8(text.toString());
    }

    @Test
    void aFileOfExactlyOneMebibyteIsRead() {
        ParsedDescriptor parsed =
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> parser.parse(paddedTo(1_048_576), "big.yaml"));

        assertThat(parsed.problems()).isEmpty();
    }

    @Test
    void aFileOneByteOverOneMebibyteIsRefusedBeforeParsing() {
        Finding finding = onlyFinding(paddedTo(1_048_577));

        assertThat(finding.message()).contains("1048577 bytes").contains("1 MiB");
        assertThat(finding.line()).isEqualTo(1);
        assertThat(finding.column()).isEqualTo(1);
    }

    @Test
    void anOversizedFileOnDiskIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.yaml");
        Files.write(file, paddedTo(1_048_577));

        assertThat(parser.parse(file, "big.yaml").problems())
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("over the 1 MiB"));
    }

    @Test
    void tenThousandNestedFlowSequencesGiveOneDepthError() {
        String deep = "schema: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";

        Finding finding = onlyFinding(utf8(deep));

        assertThat(finding.message()).contains("nested more than 64 levels");
        assertThat(finding.line()).isEqualTo(1);
        assertThat(finding.column()).isEqualTo(9 + 63);
    }

    @Test
    void tenThousandNestedFlowMappingsGiveOneDepthError() {
        String deep = "{a: ".repeat(10_000) + "1" + "}".repeat(10_000);

        assertThat(onlyFinding(utf8(deep)).message()).contains("nested more than 64 levels");
    }

    @Test
    void unclosedDeepNestingGivesOneError() {
        assertThat(onlyFinding(utf8("[".repeat(100_000))).message()).contains("nested more than 64 levels");
    }

    @Test
    void deepBlockNestingGivesOneDepthError() {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 200; level++) {
            yaml.append(" ".repeat(level)).append("a:\n");
        }
        assertThat(onlyFinding(utf8(yaml.toString())).message()).contains("nested more than 64 levels");
    }

    @Test
    void anAliasExpansionBombIsRefusedAtItsFirstAnchor() {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(("*" + p + ",").repeat(9), 0, 9 * 3 - 1).append("]\n");
        }

        Finding finding = onlyFinding(utf8(bomb.toString()));

        assertThat(finding.message()).contains("anchor '&a' is not allowed");
        assertThat(finding.line() + ":" + finding.column()).isEqualTo("1:4");
    }

    @Test
    void anAliasIsRefusedEvenWithoutAnAnchor() {
        assertThat(onlyFinding(utf8(MINIMAL + "context: *nowhere\n")).message())
                .contains("alias '*nowhere' is not allowed");
    }

    @Test
    void utf16WithAByteOrderMarkIsRefused() {
        assertThat(onlyFinding(MINIMAL.getBytes(StandardCharsets.UTF_16)).message())
                .contains("encoded as UTF-16")
                .contains("save it as UTF-8");
        assertThat(onlyFinding(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE))
                        .message())
                .contains("UTF-16");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRefused() {
        assertThat(onlyFinding(MINIMAL.getBytes(StandardCharsets.UTF_16LE)).message())
                .contains("UTF-16");
        assertThat(onlyFinding(MINIMAL.getBytes(StandardCharsets.UTF_16BE)).message())
                .contains("UTF-16");
    }

    @Test
    void utf32IsRefused() {
        Charset utf32 = Charset.forName("UTF-32BE");
        assertThat(onlyFinding(withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, utf32))
                        .message())
                .contains("UTF-32");
        assertThat(onlyFinding(MINIMAL.getBytes(Charset.forName("UTF-32LE"))).message())
                .contains("UTF-32");
    }

    @Test
    void latin1TextIsRefusedAsNotUtf8AtTheBadByte() {
        byte[] latin1 = (MINIMAL + "selectors: {initiator: caf\u00e9}\n").getBytes(StandardCharsets.ISO_8859_1);

        Finding finding = onlyFinding(latin1);

        assertThat(finding.message()).contains("not valid UTF-8").contains("0xE9");
        assertThat(finding.line() + ":" + finding.column()).isEqualTo("5:27");
    }

    @Test
    void anOverlongUtf8EncodingIsRefused() {
        byte[] overlong = concat(utf8(MINIMAL + "id2: "), new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'});

        assertThat(onlyFinding(overlong).message()).contains("not valid UTF-8");
    }

    @Test
    void aNulByteIsRefusedWhereItStands() {
        byte[] withNul = concat(utf8(MINIMAL + "sel"), new byte[] {0}, utf8("ectors: {}\n"));

        Finding finding = onlyFinding(withNul);

        assertThat(finding.message()).contains("NUL byte");
        assertThat(finding.line() + ":" + finding.column()).isEqualTo("5:4");
    }

    @Test
    void aControlCharacterIsRefusedByYamlWithItsPlace() {
        Finding finding = onlyFinding(utf8(MINIMAL + "selectors: {initiator: a\u0007b}\n"));

        assertThat(finding.message()).contains("U+0007");
        assertThat(finding.line()).isEqualTo(5);
    }

    @Test
    void aByteOrderMarkAloneIsAnEmptyFile() {
        assertThat(onlyFinding(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                        .message())
                .contains("empty");
    }

    @Test
    void hugeIntegersAreOutOfRangeNotOverflows() {
        Finding finding = onlyFinding(utf8(MINIMAL + "selectors: {ports: [99999999999999999999999999]}\n"));

        assertThat(finding.message()).contains("is not a port");
    }

    @Test
    void manyDocumentsGiveOneFinding() {
        assertThat(onlyFinding(utf8((MINIMAL + "---\n").repeat(1000))).message())
                .contains("more than one YAML document");
    }

    @Test
    void aLongKeyIsAbbreviatedInTheMessage() {
        // YAML itself limits implicit keys to 1024 characters.
        Finding finding = onlyFinding(utf8(MINIMAL + "k".repeat(1000) + ": 1\n"));

        assertThat(finding.message()).hasSizeLessThan(400).contains("unknown key 'kkkk");
    }

    @Test
    void aSyntaxErrorAtTheEndOfTheInputQuotesNoControlCharacter() {
        // Found by DescriptorPipelineFuzzTest: the YAML library's message held a raw NUL.
        Finding finding = onlyFinding(utf8("%"));

        assertThat(finding.message())
                .contains("YAML syntax error")
                .contains("\\u0000")
                .doesNotContainPattern("\\p{Cc}");
    }

    @Test
    void aTagWhosePercentEscapeDecodesToAControlCharacterIsQuotedEscaped() {
        // Found by DescriptorPipelineFuzzTest: "!n%02X" decodes to a tag holding U+0002, which the
        // refusal message quoted raw.
        Finding finding = onlyFinding(utf8(MINIMAL + "context: {natLikely: !n%02Xalyk: no}\n"));

        assertThat(finding.message()).contains("YAML tag").contains("\\u0002").doesNotContainPattern("\\p{Cc}");
    }

    private static byte[] withBom(byte[] bom, Charset charset) {
        return concat(bom, MINIMAL.getBytes(charset));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
