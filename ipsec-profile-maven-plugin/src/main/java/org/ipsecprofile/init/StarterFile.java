package org.ipsecprofile.init;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a starter descriptor ({@link StarterDescriptor}) to {@code <descriptorDirectory>/<id>.yaml},
 * as the {@code init} goal and the command line's {@code init} do: never over an existing file.
 */
public final class StarterFile {

    private StarterFile() {}

    /** The file the starter for {@code id} goes to. */
    public static Path of(Path descriptorDirectory, String id) {
        return descriptorDirectory.resolve(id + ".yaml");
    }

    /**
     * Writes the starter for {@code id}, creating the folder if needed.
     *
     * @return the file written
     * @throws IllegalArgumentException   a bad id, a blank protocol name or a version other than 2 or 3;
     *                                    the message says what to write
     * @throws FileAlreadyExistsException the file exists (it is left as it is)
     * @throws IOException                the file cannot be written
     */
    public static Path write(Path descriptorDirectory, String id, String protocol, int ipsecVersion)
            throws IOException {
        String text = StarterDescriptor.text(id, protocol, ipsecVersion);
        Path file = of(descriptorDirectory, id);
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Files.createDirectories(file.getParent());
        // CREATE_NEW: a file that appeared since the check above is still not overwritten.
        Files.write(
                file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }
}
