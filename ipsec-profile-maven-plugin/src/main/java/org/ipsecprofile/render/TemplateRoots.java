package org.ipsecprofile.render;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What decides the templates an engine renders: the override directory (normalized and
 * absolute; null when there is none) and a cheap fingerprint of the files in it (relative path,
 * size and modification time of each), so that an override edited in a long-lived JVM (mvnd)
 * makes other roots and is read again. The default templates need no part of the key: they are
 * fixed for the class loader that holds the cache.
 *
 * @param overrideDirectory the project's templateDirectory, normalized and absolute, or null
 *     when it is not set or not a directory
 * @param overrides one line per override file, sorted; empty without an override directory
 */
public record TemplateRoots(Path overrideDirectory, String overrides) {

    /** The roots of {@code templateDirectory} (null when the project has none) as they are now. */
    public static TemplateRoots of(Path templateDirectory) throws IOException {
        if (templateDirectory == null) {
            return new TemplateRoots(null, "");
        }
        Path directory = templateDirectory.toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            return new TemplateRoots(null, "");
        }
        return new TemplateRoots(directory, overrides(directory));
    }

    private static String overrides(Path directory) throws IOException {
        List<String> lines = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                lines.add(line(directory, file));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                lines.add(directory.relativize(file) + " unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(lines);
        return String.join("\n", lines);
    }

    /** Size and modification time of the file itself, or of the file a symbolic link leads to. */
    private static String line(Path directory, Path file) {
        String relative = directory.relativize(file).toString().replace('\\', '/');
        try {
            // Full precision (not milliseconds): an edit within the same millisecond still shows.
            return relative + " " + Files.size(file) + " "
                    + Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return relative + " unreadable";
        }
    }
}
