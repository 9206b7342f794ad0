package org.ipsecprofile.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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

    private OutputFile() {}

    /**
     * Writes each file of {@code files} (path relative to {@code directory}, with {@code /}) as
     * UTF-8, leaving files whose content is unchanged as they are. Every changed file is staged
     * first ({@link StagedOutput}, in a temporary folder beside {@code directory}) and moved into
     * place only when all are written, so a failure or an interruption midway leaves every
     * previous output as it was, and no temporary file is left behind either way.
     */
    public static WriteSummary writeAll(Path directory, Map<String, String> files) throws IOException {
        Path parent = directory.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + directory.getFileName() + ".staging");
        try (StagedOutput staged = new StagedOutput(directory.toAbsolutePath().normalize(), staging)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                staged.put(file.getKey(), file.getValue());
            }
            return staged.commit();
        }
    }

    /** Writes {@code content} to {@code target}; returns false when the file already held it. */
    public static boolean write(Path target, byte[] content) throws IOException {
        if (holds(target, content)) {
            return false;
        }
        Path temporary = stage(target, content);
        try {
            replace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }

    /** True when {@code target} is a regular file (not a link to one) whose bytes are {@code content}. */
    private static boolean holds(Path target, byte[] content) throws IOException {
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content);
    }

    /** Writes {@code content} to a new temporary file beside {@code target}, removing it again on failure. */
    private static Path stage(Path target, byte[] content) throws IOException {
        Path directory = target.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            return temporary;
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    private static void replace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
