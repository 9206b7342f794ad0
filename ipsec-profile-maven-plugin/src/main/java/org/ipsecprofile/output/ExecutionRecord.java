package org.ipsecprofile.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one successful {@code generate} needs to be repeated without doing its work again: the
 * fingerprint of all its inputs (parameters, plugin, descriptors, drafts, template overrides),
 * a hash of every file it wrote (findings and fragments) and the lines it logged. When the
 * inputs are the same and every file is still there unchanged, the goal logs the same lines and
 * is done: no YAML is parsed, no rule run, no draft scanned, no template rendered.
 *
 * <p>Plain text: a header, {@code inputs <hash>}, {@code input <hash> <path>} per file read that
 * the fingerprint could not name beforehand (a file a draft includes; {@code -} for a missing one), {@code output <hash> <path>}
 * per file written and {@code log <LEVEL> <text>} per line (backslash and line ends escaped).
 */
public final class ExecutionRecord {

    private static final String HEADER = "ipsec-profile-generate-execution/1";

    /** In place of an input's hash: the file did not exist. */
    private static final String MISSING = "-";

    /** One logged line: {@code INFO}, {@code WARNING} or {@code ERROR}, and its text. */
    public record Line(String level, String text) {}

    private ExecutionRecord() {}

    /**
     * The lines to log again when {@code stored} holds these inputs and every output it lists is
     * unchanged; else empty, and the goal runs.
     */
    public static Optional<List<Line>> replay(Path stored, String inputs) {
        List<String> text;
        try {
            text = Files.readAllLines(stored, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (text.size() < 2 || !text.get(0).equals(HEADER) || !text.get(1).equals("inputs " + inputs)) {
            return Optional.empty();
        }
        List<Line> lines = new ArrayList<>();
        boolean outputs = false;
        for (String entry : text.subList(2, text.size())) {
            String[] parts = entry.split(" ", 3);
            if (parts.length != 3) {
                return Optional.empty();
            }
            if (parts[0].equals("input") && parts[1].equals(MISSING)) {
                if (Files.exists(Path.of(parts[2]))) {
                    return Optional.empty();
                }
            } else if (parts[0].equals("output") || parts[0].equals("input")) {
                outputs |= parts[0].equals("output");
                try {
                    if (!ContentHash.of(Files.readAllBytes(Path.of(parts[2]))).equals(parts[1])) {
                        return Optional.empty();
                    }
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            } else if (parts[0].equals("log")) {
                lines.add(new Line(parts[1], unescape(parts[2])));
            } else {
                return Optional.empty();
            }
        }
        return outputs ? Optional.of(lines) : Optional.empty();
    }

    /** Records a successful execution: its inputs, the files it wrote (read back and hashed) and its log lines. */
    public static void store(Path stored, String inputs, List<Path> outputs, List<Line> lines) throws IOException {
        store(stored, inputs, List.of(), outputs, Map.of(), lines);
    }

    /**
     * Records a successful execution: its inputs, the other files it read ({@code read}: a missing
     * one is recorded as such, so its appearing counts as a change), the files it wrote (read back
     * and hashed, unless {@code hashes} gives the hash of the content just written) and its log
     * lines.
     */
    public static void store(
            Path stored, String inputs, List<Path> read, List<Path> outputs, Map<Path, String> hashes, List<Line> lines)
            throws IOException {
        StringBuilder text = new StringBuilder(HEADER)
                .append('\n')
                .append("inputs ")
                .append(inputs)
                .append('\n');
        for (Path input : read) {
            String path = input.toAbsolutePath().normalize().toString();
            if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                forget(stored);
                return;
            }
            text.append("input ")
                    .append(Files.exists(input) ? ContentHash.of(Files.readAllBytes(input)) : MISSING)
                    .append(' ')
                    .append(path)
                    .append('\n');
        }
        for (Path output : outputs) {
            String path = output.toAbsolutePath().normalize().toString();
            if (path.indexOf('\n') >= 0 || path.indexOf('\r') >= 0) {
                forget(stored);
                return;
            }
            String hash = hashes.get(output);
            text.append("output ")
                    .append(hash != null ? hash : ContentHash.of(Files.readAllBytes(output)))
                    .append(' ')
                    .append(path)
                    .append('\n');
        }
        for (Line line : lines) {
            text.append("log ")
                    .append(line.level())
                    .append(' ')
                    .append(escape(line.text()))
                    .append('\n');
        }
        OutputFile.write(stored, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Forgets the record, so the next run does all its work. */
    public static void forget(Path stored) throws IOException {
        Files.deleteIfExists(stored);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
