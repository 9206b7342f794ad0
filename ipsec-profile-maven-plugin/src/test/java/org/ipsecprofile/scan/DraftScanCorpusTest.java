package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.ipsecprofile.check.Finding;
import org.junit.jupiter.api.Test;

/**
 * The corpus of {@code src/test/resources/draft-scan/corpus}: drafts in the three formats, written
 * for these tests, each with an {@code .expected} file listing every sentence that names IPsec,
 * {@code + line:column} for one that requires or recommends it, {@code - line:column} for one
 * that merely mentions it. No finding may stand anywhere but at a {@code +} position (so the
 * negatives are exact and every reported line and column is right); at least 90% of the
 * {@code +} sentences must be found.
 */
class DraftScanCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/draft-scan/corpus");

    private record Expected(String draft, boolean mandate, int line, int column, String excerpt) {
        String position() {
            return line + ":" + column;
        }
    }

    @Test
    void theScanFindsTheMandatesOfTheCorpusAndNothingElse() throws IOException {
        List<Expected> expected = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        List<Expected> missed = new ArrayList<>();
        for (Path draft : drafts()) {
            String name = draft.getFileName().toString();
            String source = Files.readString(draft, StandardCharsets.UTF_8);
            List<Expected> forDraft = expectations(draft);
            expected.addAll(forDraft);
            assertExcerptsStandWhereTheySay(source, forDraft);
            Set<String> mandates = new HashSet<>();
            forDraft.stream().filter(Expected::mandate).forEach(e -> mandates.add(e.position()));
            Set<String> found = new HashSet<>();
            for (Finding finding : new DraftScanner().scanText(name, source, DraftFormat.of(name), false)) {
                String at = finding.line() + ":" + finding.column();
                found.add(at);
                if (!mandates.contains(at)) {
                    wrong.add(name + ":" + at + ": " + finding.message());
                }
            }
            forDraft.stream()
                    .filter(e -> e.mandate() && !found.contains(e.position()))
                    .forEach(missed::add);
        }
        long positives = expected.stream().filter(Expected::mandate).count();
        long negatives = expected.size() - positives;
        double recall = (positives - missed.size()) / (double) positives;
        System.out.printf(
                Locale.ROOT,
                "draft-scan corpus: %d requiring and %d mentioning sentences in %d drafts;"
                        + " %d found, %d missed (recall %.1f%%), %d wrong findings%n",
                positives,
                negatives,
                drafts().size(),
                positives - missed.size(),
                missed.size(),
                recall * 100,
                wrong.size());
        missed.forEach(m -> System.out.println("  missed " + m.draft() + ":" + m.position() + " " + m.excerpt()));

        assertThat(positives).as("requiring sentences in the corpus").isGreaterThanOrEqualTo(30);
        assertThat(negatives).as("mentioning sentences in the corpus").isGreaterThanOrEqualTo(30);
        assertThat(wrong)
                .as("findings on a mention, or at the wrong line or column")
                .isEmpty();
        assertThat(recall).as("recall; missed: %s", missed).isGreaterThanOrEqualTo(0.9);
    }

    private static List<Path> drafts() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".expected"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Expected> expectations(Path draft) throws IOException {
        List<Expected> result = new ArrayList<>();
        Path file = draft.resolveSibling(draft.getFileName() + ".expected");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            String[] at = parts[1].split(":");
            result.add(new Expected(
                    draft.getFileName().toString(),
                    parts[0].equals("+"),
                    Integer.parseInt(at[0]),
                    Integer.parseInt(at[1]),
                    parts.length > 2 ? parts[2] : ""));
        }
        return result;
    }

    /** Keeps the corpus honest: each excerpt must begin at the line and column its entry gives. */
    private static void assertExcerptsStandWhereTheySay(String source, List<Expected> entries) {
        String[] lines = source.split("\n", -1);
        for (Expected e : entries) {
            String line = lines[e.line() - 1];
            assertThat(line.substring(e.column() - 1))
                    .as("%s:%s", e.draft(), e.position())
                    .startsWith(e.excerpt());
        }
    }
}
