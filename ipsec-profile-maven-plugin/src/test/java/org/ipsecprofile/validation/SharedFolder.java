package org.ipsecprofile.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The steering repository's {@code shared/} folder (xml2rfc grammar, RFC 5406 text), which tests
 * read but the project does not copy. Its path is the system property {@code ipsecprofile.shared}
 * (the parent POM hands it to surefire; {@code .ci/run} sets it), else {@code ../../shared}
 * relative to the module directory surefire runs in.
 */
public final class SharedFolder {

    public static final String PROPERTY = "ipsecprofile.shared";
    static final String DEFAULT = "../../shared";

    private SharedFolder() {}

    /** The folder's absolute path, whether or not it exists. */
    public static Path path() {
        String configured = System.getProperty(PROPERTY);
        String path = configured == null || configured.isBlank() ? DEFAULT : configured;
        return Path.of(path).toAbsolutePath().normalize();
    }

    /** The regular file at {@code relative} below the folder, if it exists. */
    public static Optional<Path> file(String relative) {
        Path file = path().resolve(relative).normalize();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** Why a test that needs {@code relative} is skipped, naming the path and the property. */
    public static String absent(String relative) {
        return path().resolve(relative).normalize() + " is absent: set -D" + PROPERTY
                + "=<path of the steering repo's shared/ folder> to run this test";
    }
}
