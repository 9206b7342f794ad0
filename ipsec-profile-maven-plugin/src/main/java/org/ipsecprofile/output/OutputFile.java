package org.ipsecprofile.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
     *
     * <p>In two steps: every changed file is first written to a temporary file beside its target;
     * only when all of them are written are they moved into place, one atomic move each. A failure
     * or an interruption while writing (a full disk, a directory that cannot be created) therefore
     * leaves every previous output as it was, and no temporary file is left behind either way.
     */
    public static WriteSummary writeAll(Path directory, Map<String, String> files) throws IOException {
        Map<Path, byte[]> changed = new LinkedHashMap<>();
        int unchanged = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey()).normalize();
            if (!target.startsWith(directory.normalize())) {
                throw new IOException("refusing to write " + file.getKey() + " outside " + directory);
            }
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            if (holds(target, content)) {
                unchanged++;
            } else {
                changed.put(target, content);
            }
        }
        List<Path[]> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, byte[]> file : changed.entrySet()) {
                staged.add(new Path[] {stage(file.getKey(), file.getValue()), file.getKey()});
            }
            for (Path[] move : staged) {
                replace(move[0], move[1]);
            }
        } finally {
            for (Path[] move : staged) {
                Files.deleteIfExists(move[0]);
            }
        }
        return new WriteSummary(changed.size(), unchanged);
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
        return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
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
