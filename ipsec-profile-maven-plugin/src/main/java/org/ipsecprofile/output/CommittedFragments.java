package org.ipsecprofile.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.check.rules.RuleRegistry;
import org.ipsecprofile.project.SourceFiles;

/**
 * Committed fragments (SPEC §5.1): when the output directory lies outside the build directory,
 * the generated fragments are part of the repository, and this compares them with what
 * {@code generate} would write now. Each fragment that is missing or differs is a
 * {@code stale-fragment} error at that file (the line of the first difference, column 1); so is a
 * file in a format folder that has the name of a generated fragment but is no longer generated
 * (a profile renamed or removed, a format dropped, a reference no longer cited).
 *
 * <p>Line endings do not count: a checkout that turned LF into CRLF (Git's {@code autocrlf}) is
 * not stale. Files in the output directory whose names the plugin never writes are left alone.
 */
public final class CommittedFragments {

    /** The run that brings committed fragments up to date, as the messages name it. */
    public static final String REMEDY =
            "run mvn ipsec-profile:generate (without Maven: ipsec-profile generate) and commit the result";

    /** The names {@code generate} gives its outputs, per format folder (SPEC §5). */
    private static final Pattern GENERATED_NAME =
            Pattern.compile("xml2rfc/(ipsec-profile-[a-z][a-z0-9-]*\\.xml|security-considerations\\.xml"
                    + "|references-(normative|informative)\\.xml|bibxml/reference\\.RFC\\.[0-9]+\\.xml)"
                    + "|markdown/(ipsec-profile-[a-z][a-z0-9-]*\\.md|security-considerations\\.md|references\\.yaml)"
                    + "|text/(ipsec-profile-[a-z][a-z0-9-]*\\.txt|security-considerations\\.txt)");

    private static final List<String> FORMAT_FOLDERS = List.of("xml2rfc", "markdown", "text");

    private CommittedFragments() {}

    /** True when {@code outputDirectory} is not inside {@code buildDirectory}, so its files are committed. */
    public static boolean isCommitted(Path outputDirectory, Path buildDirectory) {
        return !outputDirectory
                .toAbsolutePath()
                .normalize()
                .startsWith(buildDirectory.toAbsolutePath().normalize());
    }

    /**
     * The {@code stale-fragment} findings for the files below {@code outputDirectory}, given what
     * {@code generate} would write there now ({@code expected}: relative path with {@code /} to
     * content). Files are named relative to {@code baseDirectory}. Empty when all are current.
     */
    public static List<Finding> compare(Path baseDirectory, Path outputDirectory, SortedMap<String, String> expected)
            throws IOException {
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path output = outputDirectory.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        for (var entry : expected.entrySet()) {
            Path file = output.resolve(entry.getKey()).normalize();
            String shown = SourceFiles.slashed(base.relativize(file));
            if (!Files.exists(file)) {
                findings.add(stale(shown, 1, "the committed fragment is missing: " + REMEDY));
                continue;
            }
            if (!Files.isRegularFile(file)) {
                findings.add(stale(
                        shown,
                        1,
                        "a generated fragment belongs here, but this is not a regular file:" + " remove it, then "
                                + REMEDY));
                continue;
            }
            String committed = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int line = firstDifferentLine(committed, entry.getValue());
            if (line > 0) {
                findings.add(stale(
                        shown,
                        line,
                        "the committed fragment differs from what generate writes now"
                                + " (first at line " + line + "): " + REMEDY + "; to change the text, change the"
                                + " descriptor or a template, not the generated file"));
            }
        }
        for (String orphan : orphans(output, expected)) {
            findings.add(stale(
                    SourceFiles.slashed(base.relativize(output.resolve(orphan))),
                    1,
                    "this fragment is no longer generated (no profile, format or citation produces it now):"
                            + " delete it from the repository"));
        }
        return findings;
    }

    /**
     * The 1-based line of the first difference between {@code committed} and {@code expected},
     * ignoring CR before LF; 0 when they are the same. A difference past the committed file's
     * last line is reported at its last line.
     */
    static int firstDifferentLine(String committed, String expected) {
        String[] have = committed.replace("\r\n", "\n").split("\n", -1);
        String[] want = expected.replace("\r\n", "\n").split("\n", -1);
        int common = Math.min(have.length, want.length);
        for (int i = 0; i < common; i++) {
            if (!have[i].equals(want[i])) {
                return i + 1;
            }
        }
        if (have.length == want.length) {
            return 0;
        }
        return Math.max(1, Math.min(common + 1, have.length));
    }

    private static List<String> orphans(Path output, SortedMap<String, String> expected) throws IOException {
        List<String> orphans = new ArrayList<>();
        for (String folder : FORMAT_FOLDERS) {
            Path directory = output.resolve(folder);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.filter(Files::isRegularFile)
                        .map(file -> SourceFiles.slashed(output.relativize(file)))
                        .filter(relative -> GENERATED_NAME.matcher(relative).matches())
                        .filter(relative -> !expected.containsKey(relative))
                        .sorted()
                        .forEach(orphans::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return orphans;
    }

    private static Finding stale(String file, int line, String message) {
        return new Finding(
                RuleRegistry.STALE_FRAGMENT.id(), Severity.ERROR, List.of(), null, file, line, 1, message, false, null);
    }
}
