package org.ipsecprofile.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipsecprofile.check.Finding;

/**
 * A folder of whole documents with its README's table of documents and the judgements of the
 * sentences the scan flags or may flag: scanned as a project without descriptors scans it, and
 * every finding held against the judgements (see {@link WholeRfcScanTest}). A document is either a
 * published RFC, unchanged under a draft's file name ({@code draft-rfcNNNN.txt}, named {@code RFC
 * NNNN} in the README and {@code NNNN} in the judgements), or an Internet-Draft under its own file
 * name in any of the scan's three formats ({@code draft-….md}, {@code .xml} or {@code .txt}, named
 * by that file name in both).
 */
final class WholeRfcFolder {

    /** The judgements of the sentences the scan flagged when the run was recorded (absent in a test set). */
    static final String FLAGGED = "judgements.tsv";

    /**
     * The judgements, made before the policy was run on the folder, of the sentences that name
     * IPsec, ESP, AH or IKE beside a requirement word in any case (MUST, must, required,
     * mandatory, …): those a policy may flag.
     */
    static final String IN_ADVANCE = "judged-in-advance.tsv";

    private static final Pattern DOCUMENT_ROW = Pattern.compile(
            "\\| (?:RFC (\\d{1,5})|(draft-[A-Za-z0-9._-]+)) \\| (mandates IPsec|mentions IPsec|specifies IPsec|relies on IPsec) \\|.*");

    record Judgement(String document, int line, int column, String sentence, boolean right, String reason) {
        String key() {
            return fileName(document) + ":" + line + ":" + column;
        }
    }

    /** What one scan of the folder gave, against the judgements. */
    record Run(int documents, int findings, int right, List<Judgement> wrong, List<String> unjudged) {}

    private final Path folder;

    WholeRfcFolder(Path folder) {
        this.folder = folder;
    }

    /** Scans the folder, prints the figures and every wrong flag, and returns them. */
    Run scan() throws IOException {

        Map<String, String> documents = documents();
        List<String> files = draftFiles();
        assertThat(files)
                .as("the document files and the README's list of documents")
                .containsExactlyInAnyOrderElementsOf(documents.keySet().stream()
                        .map(WholeRfcFolder::fileName)
                        .toList());

        Map<String, Judgement> judgements = judgements(FLAGGED);
        Map<String, Judgement> inAdvance = judgements(IN_ADVANCE);
        Map<String, ProseOfFile> texts = new HashMap<>();
        for (Judgement j : union(judgements, inAdvance).values()) {
            assertThat(files).as("%s: judged document", j.key()).contains(fileName(j.document()));
            assertSentenceStandsWhereItSays(j, texts);
        }
        assertThat(inAdvance.keySet().stream().filter(judgements::containsKey))
                .as("sentences judged in both files (a flagged one moves to %s)", FLAGGED)
                .isEmpty();
        Map<String, Judgement> all = union(judgements, inAdvance);

        DraftScanRequest request = new DraftScanRequest(folder, folder, null, null, StandardCharsets.UTF_8, false);
        TimedScan scan = TimedScan.of(request);
        DraftScanResult result = scan.result();
        double seconds = scan.seconds();
        double cpuSeconds = scan.cpuSeconds();
        assertThat(result.draftCount()).as("drafts the scan picks up").isEqualTo(files.size());
        assertThat(result.notices()).as("notices").isEmpty();
        assertThat(result.unreadable()).as("unreadable drafts").isEmpty();

        List<String> unjudged = new ArrayList<>();
        List<Judgement> wrong = new ArrayList<>();
        Set<String> found = new TreeSet<>();
        Set<String> flaggedRightly = new TreeSet<>();
        int right = 0;
        List<Finding> sorted = result.findings().stream()
                .sorted(Comparator.comparing(Finding::file)
                        .thenComparingInt(Finding::line)
                        .thenComparingInt(Finding::column))
                .toList();
        for (Finding finding : sorted) {
            String key = finding.file() + ":" + finding.line() + ":" + finding.column();
            found.add(key);
            Judgement j = all.get(key);
            if (j == null) {
                String message = finding.message();
                int makes = message.indexOf(" makes ");
                unjudged.add(
                        key + ": " + finding.severity() + " " + (makes < 0 ? message : message.substring(0, makes)));
            } else if (j.right()) {
                right++;
                flaggedRightly.add(j.document());
            } else {
                wrong.add(j);
            }
        }
        int findings = result.findings().size();
        long rightSentences = all.values().stream().filter(Judgement::right).count();
        long flaggedInAdvance =
                inAdvance.keySet().stream().filter(found::contains).count();
        System.out.printf(
                Locale.ROOT,
                "%s: %d documents (%.1f MB) scanned in %.2f s (%.2f s of CPU on the scanning thread); %d findings: %d right, %d wrong,"
                        + " %d not judged; %.1f wrong per ten documents (target at most %d)%n",
                folder.getFileName(),
                files.size(),
                totalBytes(files) / (1024.0 * 1024.0),
                seconds,
                cpuSeconds,
                findings,
                right,
                wrong.size(),
                unjudged.size(),
                wrong.size() * 10.0 / files.size(),
                files.size() / 10);
        System.out.printf(
                Locale.ROOT,
                "  of the %d sentences judged to require IPsec, %d are flagged (%s); %d findings were judged in advance"
                        + " (%s)%n",
                rightSentences,
                right,
                rightSentences == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", right * 100.0 / rightSentences),
                flaggedInAdvance,
                IN_ADVANCE);
        wrong.forEach(j -> System.out.println("  wrong " + j.key() + " " + j.sentence() + " -- " + j.reason()));
        judgements.values().stream()
                .filter(j -> !found.contains(j.key()))
                .forEach(j -> System.out.println("  no longer flagged (judged " + (j.right() ? "right" : "wrong") + ") "
                        + j.key() + " " + j.sentence()));
        documents.entrySet().stream()
                .filter(d -> d.getValue().equals("mandates IPsec") && !flaggedRightly.contains(d.getKey()))
                .forEach(d -> System.out.println("  no mandate found in " + fileName(d.getKey())));

        return new Run(files.size(), findings, right, List.copyOf(wrong), List.copyOf(unjudged));
    }

    /** The file of a document: an RFC's number names {@code draft-rfcNNNN.txt}, a draft's file name itself. */
    static String fileName(String document) {
        return document.startsWith("draft-") ? document : "draft-rfc" + document + ".txt";
    }

    private List<String> draftFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith("draft-"))
                    .sorted()
                    .toList();
        }
    }

    private long totalBytes(List<String> files) throws IOException {
        long total = 0;
        for (String file : files) {
            total += Files.size(folder.resolve(file));
        }
        return total;
    }

    /** The README's table of documents: RFC number or draft file name to its kind ("mandates IPsec", …). */
    private Map<String, String> documents() throws IOException {
        Map<String, String> documents = new TreeMap<>();
        for (String line : Files.readAllLines(folder.resolve("README.md"), StandardCharsets.UTF_8)) {
            Matcher row = DOCUMENT_ROW.matcher(line);
            if (row.matches()) {
                String document = row.group(1) != null ? row.group(1) : row.group(2);
                assertThat(documents.put(document, row.group(3)))
                        .as("document %s listed twice", document)
                        .isNull();
            }
        }
        return documents;
    }

    /** A judgements file: document (RFC number or draft file name; the header calls it rfc), line, column, sentence, judgement, reason; tab-separated, a header line first. */
    private Map<String, Judgement> judgements(String file) throws IOException {
        Map<String, Judgement> result = new LinkedHashMap<>();
        if (!Files.exists(folder.resolve(file))) {
            return result;
        }
        List<String> lines = Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("judgement %s: six fields", line).hasSize(6);
            assertThat(f[4]).as("judgement %s", line).isIn("right", "wrong");
            assertThat(f[5]).as("reason of %s", line).isNotBlank();
            Judgement j = new Judgement(
                    f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4].equals("right"), f[5]);
            assertThat(result.put(j.key(), j)).as("%s judged twice", j.key()).isNull();
        }
        return result;
    }

    private static Map<String, Judgement> union(Map<String, Judgement> a, Map<String, Judgement> b) {
        Map<String, Judgement> result = new LinkedHashMap<>(a);
        result.putAll(b);
        return result;
    }

    /**
     * Keeps the judgements honest: each sentence excerpt is what the prose the scan reads holds
     * (page furniture left out, white space collapsed) from the line and column its entry gives.
     */
    private void assertSentenceStandsWhereItSays(Judgement j, Map<String, ProseOfFile> texts) throws IOException {
        ProseOfFile text = texts.get(j.document());
        if (text == null) {
            String file = fileName(j.document());
            text = ProseOfFile.of(DraftFormat.of(file), Files.readString(folder.resolve(file), StandardCharsets.UTF_8));
            texts.put(j.document(), text);
        }
        assertThat(text.from(j.line(), j.column(), 2 * j.sentence().length()))
                .as("%s: the judged sentence", j.key())
                .startsWith(j.sentence());
    }

    /** One document's prose as the scan reads it, with where each line starts and which prose character each source character became. */
    private record ProseOfFile(String prose, int[] lineStarts, int[] proseIndex) {

        static ProseOfFile of(DraftFormat format, String source) {
            Prose prose = format.prose(source);
            String text = prose.text();
            int[] proseIndex = new int[source.length() + 1];
            Arrays.fill(proseIndex, -1);
            for (int i = text.length() - 1; i >= 0; i--) {
                proseIndex[prose.sourceOffset(i)] = i;
            }
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < source.length(); i++) {
                if (source.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            return new ProseOfFile(
                    text, starts.stream().mapToInt(Integer::intValue).toArray(), proseIndex);
        }

        /** About {@code length} characters of the prose from the line and column, white space collapsed. */
        String from(int line, int column, int length) {
            int index = proseIndex[lineStarts[line - 1] + column - 1];
            if (index < 0) {
                return "(not prose)";
            }
            String part = prose.substring(index, Math.min(prose.length(), index + 2 * length))
                    .replace(Prose.BREAK, ' ');
            return MandatePolicy.collapseWhitespace(part);
        }
    }
}
