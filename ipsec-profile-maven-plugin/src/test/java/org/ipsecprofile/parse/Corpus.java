package org.ipsecprofile.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The descriptor files under {@code src/test/resources/descriptors}: {@code valid}, {@code invalid},
 * and {@code algorithms}, valid descriptors that use the {@code algorithms} keys. Those are kept
 * out of {@code valid}, whose every file the render snapshot and golden tests render, so that
 * parser cases do not change what those tests pin.
 */
final class Corpus {

    private Corpus() {}

    static Path root() {
        try {
            return Path.of(Corpus.class.getResource("/descriptors").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path valid(String name) {
        return root().resolve("valid").resolve(name);
    }

    static Path invalid(String name) {
        return root().resolve("invalid").resolve(name);
    }

    static Path algorithms(String name) {
        return root().resolve("algorithms").resolve(name);
    }

    static List<Path> files(String folder) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String displayPath(Path file) {
        return "src/main/ipsec/" + file.getFileName();
    }
}
