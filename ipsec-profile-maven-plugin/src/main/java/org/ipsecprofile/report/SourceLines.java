package org.ipsecprofile.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a line of a reported file, so a report can say where a finding's line ends (SARIF
 * regions need an end). Paths are the findings' paths, relative to the project.
 */
@FunctionalInterface
public interface SourceLines {

    /** Files larger than this are not read; their regions end one character after the start. */
    long MAX_BYTES = 2L * 1024 * 1024;

    /** The text of 1-based {@code line} of {@code file}, without its line break; null when unknown. */
    String line(String file, int line);

    /** Knows no line: every region covers one character. */
    static SourceLines none() {
        return (file, line) -> null;
    }

    /**
     * Reads files below {@code baseDirectory} once each, as UTF-8 (malformed bytes replaced); a
     * file that is missing, unreadable or larger than {@link #MAX_BYTES} has no lines.
     */
    static SourceLines under(Path baseDirectory) {
        Map<String, List<String>> cache = new HashMap<>();
        return (file, line) -> {
            List<String> lines = cache.computeIfAbsent(file, f -> read(baseDirectory.resolve(f)));
            return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
        };
    }

    private static List<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return List.of();
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            return lines(text);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The lines of {@code text}, broken at CR LF, CR or LF; the text after the last break is the last line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
