package org.ipsecprofile.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Overrides written for template layout version 1, which kept the layout templates of each
 * format at {@code xml2rfc/}, {@code markdown/} and {@code text/}. Version 2 keeps them under
 * {@code layout/} and the sentences under {@code wording/}; an override left at an old path would
 * silently stop applying, so each one is reported with the file it must become.
 */
final class ObsoleteOverrides {

    private static final List<String> VERSION_1_FOLDERS = List.of("xml2rfc", "markdown", "text");

    private ObsoleteOverrides() {}

    /** One line per obsolete override in {@code overrideDirectory} (none when it is null or absent). */
    static List<String> find(Path overrideDirectory) {
        List<String> found = new ArrayList<>();
        if (overrideDirectory == null || !Files.isDirectory(overrideDirectory)) {
            return found;
        }
        for (String folder : VERSION_1_FOLDERS) {
            Path old = overrideDirectory.resolve(folder);
            if (!Files.isDirectory(old)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(old)) {
                files.filter(Files::isRegularFile)
                        .sorted()
                        .forEach(file -> found.add(message(overrideDirectory, file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String message(Path overrideDirectory, Path file) {
        String relative = overrideDirectory.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        StringBuilder text =
                new StringBuilder(relative).append(": move it to layout/").append(relative);
        if (name.startsWith("blocks.")) {
            text.append(" (to change what a sentence says, override the wording template that holds it,"
                    + " under wording/, instead)");
        } else if (name.startsWith("ipsec-profile.")) {
            text.append(" (its sentences are in wording/profile/)");
        } else if (name.startsWith("security-considerations.")) {
            text.append(" (its sentences are in wording/security/)");
        }
        return text.toString();
    }
}
