package org.ipsecprofile.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.ipsecprofile.check.Finding;
import org.ipsecprofile.check.Severity;
import org.ipsecprofile.model.Position;

/**
 * Reads profile descriptors (SPEC §3, schema {@code ipsec-profile/1}) into {@link
 * org.ipsecprofile.model.Profile}s. Every problem with a file — unreadable, too large, not UTF-8,
 * not YAML, not the format — comes back as a {@code descriptor} finding with the file's display
 * path, a line and a column; nothing is thrown. Missing RFC 5406 items are not problems here: they
 * parse to null or empty values for the rules to report.
 *
 * <p>Create one and reuse it for any number of files, from any number of threads.
 */
public final class DescriptorParser {

    /** The rule id of every finding this parser reports. */
    public static final String RULE = "descriptor";

    private final SafeYamlLoader loader = new SafeYamlLoader();

    /**
     * What is wrong with {@code id} as a profile id (the rule of SPEC §3: a lower-case letter, then
     * up to 62 lower-case letters, digits or hyphens, and not a Windows device name), or empty when
     * it is valid. The message says what to write instead.
     */
    public static Optional<String> idProblem(String id) {
        return Optional.ofNullable(
                id == null ? "id is missing; write a lower-case name such as 'bgp'" : ProfileMapper.idProblem(id));
    }

    /** Reads and parses {@code file}; {@code displayPath} is how findings and the profile name it. */
    public ParsedDescriptor parse(Path file, String displayPath) {
        int unsafe = UnsafeCharacters.firstInName(displayPath);
        if (unsafe >= 0) {
            // The name would reach the log, the reports and an XML comment of the output as it is.
            return failed(
                    UnsafeCharacters.escape(displayPath),
                    null,
                    List.of(new Problem(
                            Position.START,
                            "the file name holds " + UnsafeCharacters.describeInName(displayPath, unsafe))));
        }
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > DescriptorText.MAX_BYTES) {
                return failed(displayPath, null, List.of(DescriptorText.tooLarge(size)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // One byte over the limit is enough to refuse a file that grew since Files.size.
                content = in.readNBytes(DescriptorText.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return failed(displayPath, null, List.of(new Problem(Position.START, "the file does not exist")));
        } catch (IOException | RuntimeException e) {
            return failed(
                    displayPath,
                    null,
                    List.of(new Problem(
                            Position.START,
                            "the file cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                                    + "); check that it is a readable regular file")));
        }
        return parse(content, displayPath);
    }

    /** Parses descriptor bytes; {@code displayPath} is how findings and the profile name the file. */
    public ParsedDescriptor parse(byte[] content, String displayPath) {
        try {
            DescriptorText.Decoded decoded = DescriptorText.decode(content);
            if (decoded.problem() != null) {
                return failed(displayPath, null, List.of(decoded.problem()));
            }
            SafeYamlLoader.Result loaded = loader.load(decoded.text(), displayPath);
            if (!loaded.problems().isEmpty()) {
                return failed(displayPath, null, loaded.problems());
            }
            ProfileMapper.Outcome outcome = new ProfileMapper().map(loaded.root(), displayPath);
            if (!outcome.problems().isEmpty()) {
                return failed(displayPath, outcome.id(), outcome.problems());
            }
            return new ParsedDescriptor(outcome.profile(), List.of());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours or of the YAML library must still not escape as a stack trace.
            return failed(
                    displayPath,
                    null,
                    List.of(new Problem(
                            Position.START,
                            "the file could not be read as a descriptor ("
                                    + e.getClass().getSimpleName() + "); please report this with the file")));
        }
    }

    /**
     * The findings of a descriptor that could not be read. Messages quote the descriptor's own
     * text (keys, values, tags), so every unsafe character in them is escaped here, once, for
     * all messages: a hostile descriptor cannot put terminal codes into the build log.
     */
    private static ParsedDescriptor failed(String displayPath, String id, List<Problem> problems) {
        List<Finding> findings = problems.stream()
                .sorted(Comparator.comparing(Problem::position))
                .map(p -> new Finding(
                        RULE,
                        Severity.ERROR,
                        List.of(),
                        id,
                        displayPath,
                        p.position().line(),
                        p.position().column(),
                        UnsafeCharacters.escape(p.message()),
                        false,
                        null))
                .toList();
        return new ParsedDescriptor(null, findings);
    }
}
