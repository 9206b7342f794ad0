package org.ipsecprofile.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The descriptor files under {@code src/test/resources/descriptors}. */
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
