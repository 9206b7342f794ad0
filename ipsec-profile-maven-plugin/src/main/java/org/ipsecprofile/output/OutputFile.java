package org.ipsecprofile.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Map;

/**
 * Writes generated files atomically: the content goes to a temporary file beside the target,
 * which then replaces the target in one move, so a reader never sees half a file. A target whose
 * content is already the same is left untouched, so an unchanged build changes no timestamp.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /**
     * Writes each file of {@code files} (path relative to {@code directory}, with {@code /}) as
     * UTF-8, leaving files whose content is unchanged as they are.
     */
    public static WriteSummary writeAll(Path directory, Map<String, String> files) throws IOException {
        int written = 0;
        int unchanged = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey()).normalize();
            if (!target.startsWith(directory.normalize())) {
                throw new IOException("refusing to write " + file.getKey() + " outside " + directory);
            }
            if (write(target, file.getValue().getBytes(StandardCharsets.UTF_8))) {
                written++;
            } else {
                unchanged++;
            }
        }
        return new WriteSummary(written, unchanged);
    }

    /** Writes {@code content} to {@code target}; returns false when the file already held it. */
    public static boolean write(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return false;
        }
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }
}
