package org.ipsecprofile.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes generated files atomically: the content goes to a temporary file beside the target,
 * which then replaces the target in one move, so a reader never sees half a file. A target whose
 * content is already the same is left untouched, so an unchanged build changes no timestamp.
 */
public final class OutputFile {

    private OutputFile() {
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
